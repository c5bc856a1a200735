package kith.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** One clock for the whole application, so that tests can reason about "today". */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalAuthority.class)
class TimeConfiguration {

    /**
     * The system clock; in the demo configuration wrapped in a {@link DemoClock}, which the demo's year of activity
     * moves back on its own thread while it records each day's work.
     */
    @Bean
    Clock clock(Environment environment) {
        return DemoMode.isOn(environment) ? new DemoClock(Clock.systemUTC()) : Clock.systemUTC();
    }
}
