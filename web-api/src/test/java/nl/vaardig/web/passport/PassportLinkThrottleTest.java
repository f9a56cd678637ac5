package nl.vaardig.web.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassportLinkThrottleTest {

    @Test
    void anAddressGetsSixtyOpeningsAMinuteAndOtherAddressesTheirOwn() {
        PassportLinkThrottle throttle = new PassportLinkThrottle();
        for (int i = 0; i < PassportLinkThrottle.PER_MINUTE; i++) {
            throttle.take("192.0.2.1");
        }
        assertThatThrownBy(() -> throttle.take("192.0.2.1"))
                .isInstanceOfSatisfying(PassportRefusals.Throttled.class,
                        t -> assertThat(t.retryAfterSeconds()).isBetween(1L, 60L));
        throttle.take("192.0.2.2");
    }
}
