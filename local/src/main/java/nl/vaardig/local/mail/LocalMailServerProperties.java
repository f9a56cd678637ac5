package nl.vaardig.local.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process SMTP server of the local profile and the tests ({@code vaardig.mail.local-server.*}).
 *
 * @param enabled start GreenMail in this process and send to it
 * @param port    its SMTP port; 0 picks a free one (tests running side by side)
 */
@ConfigurationProperties("vaardig.mail.local-server")
public record LocalMailServerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port) {
}
