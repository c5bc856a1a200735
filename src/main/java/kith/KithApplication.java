package kith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KithApplication {

    public static void main(String[] args) {
        SpringApplication.run(KithApplication.class, args);
    }
}
