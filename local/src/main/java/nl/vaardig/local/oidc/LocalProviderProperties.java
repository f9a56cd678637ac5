package nl.vaardig.local.oidc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The local OIDC provider (Spring Authorization Server) and its demo accounts. Only the
 * {@code local} profile enables it and defines accounts; no other profile has default credentials.
 */
@Validated
@ConfigurationProperties("vaardig.oidc.local-provider")
public record LocalProviderProperties(boolean enabled, @Valid List<DemoAccount> accounts) {

    public LocalProviderProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public record DemoAccount(@NotBlank String username, @NotBlank String password, @NotBlank String name,
                              @NotEmpty List<String> roles, List<String> regions, String organisation) {

        public DemoAccount {
            roles = List.copyOf(roles);
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
