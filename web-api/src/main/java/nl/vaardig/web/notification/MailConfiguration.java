package nl.vaardig.web.notification;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail wiring. In production Spring Boot builds the {@link JavaMailSender} from {@code spring.mail.*}; with
 * {@code vaardig.mail.local-server.enabled} (the local profile, the tests) the in-process SMTP server starts and
 * the sender points at it instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    MailTexts mailTexts(MailProperties properties) {
        return new MailTexts(properties.baseUrl());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "vaardig.mail.local-server.enabled", havingValue = "true")
    static class Local {

        @Bean(destroyMethod = "close")
        LocalMailServer localMailServer(MailProperties properties) {
            return new LocalMailServer(properties.localServer().port());
        }

        @Bean
        JavaMailSender localMailSender(LocalMailServer server) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.port());
            sender.setDefaultEncoding("UTF-8");
            Properties javaMail = sender.getJavaMailProperties();
            javaMail.put("mail.smtp.connectiontimeout", "5000");
            javaMail.put("mail.smtp.timeout", "5000");
            javaMail.put("mail.smtp.writetimeout", "5000");
            return sender;
        }
    }
}
