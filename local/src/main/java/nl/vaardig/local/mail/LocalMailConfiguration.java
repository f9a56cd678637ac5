package nl.vaardig.local.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code vaardig.mail.local-server.enabled} (the local profile, the tests) the in-process SMTP server starts
 * and the app's {@link JavaMailSender} points at it instead of {@code spring.mail.*}. Before Boot's mail
 * configurations, so they see this sender as they would an application's own.
 */
@AutoConfiguration(before = {MailSenderAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class,
        MailHealthContributorAutoConfiguration.class})
@ConditionalOnProperty(name = "vaardig.mail.local-server.enabled", havingValue = "true")
@EnableConfigurationProperties(LocalMailServerProperties.class)
public class LocalMailConfiguration {

    @Bean(destroyMethod = "close")
    LocalMailServer localMailServer(LocalMailServerProperties properties) {
        return new LocalMailServer(properties.port());
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

    /**
     * What web-api's admin mail page reads: it cannot see this module's types (runtime scope), so the received
     * mail is offered as a plain supplier under this bean name.
     */
    @Bean
    Supplier<List<MimeMessage>> localMailbox(LocalMailServer server) {
        return server::received;
    }
}
