package kith.support;

import java.time.Clock;
import kith.shared.DemoClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test context: the demo configuration's {@link DemoClock} (which the demo
 * year moves back on its own thread) over a {@link MovableClock} (which a test moves for everyone while it runs), so
 * that both kinds of test see the clock they expect.
 */
@Configuration(proxyBeanMethods = false)
class TestClock {

    @Bean
    @Primary
    Clock applicationClock(MovableClock movable) {
        return new DemoClock(movable);
    }
}
