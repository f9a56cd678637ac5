package nl.vaardig.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VaardigApplication {
    public static void main(String[] args) {
        SpringApplication.run(VaardigApplication.class, args);
    }
}
