package nl.vaardig.local.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginPageControllerTest {

    /** The wait comes from the address bar: whatever it says, the page names 1 minute to a day. */
    @ParameterizedTest
    @CsvSource({"7, 7", "' 3 ', 3", "0, 1", "-5, 1", "999999, 1440", "soon, 15"})
    void theLockoutWaitShownStaysWithinSaneBounds(String parameter, long minutes) {
        assertThat(LoginPageController.lockedMinutes(parameter)).isEqualTo(minutes);
    }
}
