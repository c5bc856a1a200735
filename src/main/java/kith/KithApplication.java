package kith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import sun.misc.Signal;

@SpringBootApplication
public class KithApplication {

    public static void main(String[] args) {
        stopQuietlyWhenAsked();
        SpringApplication.run(KithApplication.class, args);
    }

    /**
     * Ctrl-C or a service manager's SIGTERM is an asked-for stop: Kith shuts down as usual (the shutdown hooks close
     * Spring, then PostgreSQL) and exits with 0, not the JVM's 130 or 143, which `./mvnw spring-boot:run` reported
     * as "BUILD FAILURE".
     */
    static void stopQuietlyWhenAsked() {
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), received -> new Thread(() -> System.exit(0), "stop-on-" + received).start());
        }
    }
}
