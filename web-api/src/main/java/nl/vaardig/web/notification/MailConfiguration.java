package nl.vaardig.web.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail wiring. In production Spring Boot builds the {@link JavaMailSender} from {@code spring.mail.*}; with
 * {@code vaardig.mail.local-server.enabled} (the local profile, the tests) the {@code local} module starts the
 * in-process SMTP server and points the sender at it instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    MailTexts mailTexts(MailProperties properties) {
        return new MailTexts(properties.baseUrl());
    }
}
