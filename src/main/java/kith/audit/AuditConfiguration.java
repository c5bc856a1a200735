package kith.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit key, and the schedule that signs checkpoints of the chain. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
@EnableScheduling
class AuditConfiguration {

    @Bean
    AuditKey auditKey(AuditSettings settings) {
        return AuditKey.from(settings);
    }
}
