package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How kith.trusted-proxies and kith.public-url are read: what is refused rather than half-understood. */
class TransportSettingsTests {

    @Test
    void noProxyIsTrustedUnlessNamed() {
        assertThat(new TrustedProxies(List.of()).ranges()).isEmpty();
        assertThat(new TrustedProxies(List.of("")).ranges()).isEmpty();
    }

    @Test
    void aProxyIsAnAddressOrACidrRange() {
        assertThat(new TrustedProxies(List.of("10.0.0.7", " 10.1.0.0/16", "::1", "fd00::/8")).ranges())
                .containsExactly("10.0.0.7/32", "10.1.0.0/16", "::1/128", "fd00::/8");
        assertThatThrownBy(() -> TrustedProxies.asRange("proxy.example")).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.asRange("10.0.0.0/99")).hasMessageContaining("10.0.0.0/99");
        assertThatThrownBy(() -> TrustedProxies.asRange("10.*")).hasMessageContaining("10.*");
    }

    @Test
    void thePublicAddressIsAnHttpOrHttpsOrigin() {
        assertThat(PublicAddress.parse("https://kith.example.gov.uk/")).isEqualTo("https://kith.example.gov.uk");
        assertThat(PublicAddress.parse("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThatThrownBy(() -> PublicAddress.parse("kith.example.gov.uk")).hasMessageContaining("kith.public-url");
        assertThatThrownBy(() -> PublicAddress.parse("ftp://kith.example.gov.uk")).hasMessageContaining("kith.public-url");
        assertThatThrownBy(() -> PublicAddress.parse("https://kith.example.gov.uk/?next=x")).hasMessageContaining("kith.public-url");
    }
}
