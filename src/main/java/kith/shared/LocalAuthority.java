package kith.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council this deployment serves. The code is the DfE three-digit LA code; the audit chain is kept per
 * authority.
 */
@ConfigurationProperties("kith.authority")
public record LocalAuthority(String code, String name) {

    public LocalAuthority {
        if (code == null || code.isBlank()) {
            code = "999";
        }
        if (name == null || name.isBlank()) {
            name = "Demo Borough Council";
        }
    }
}
