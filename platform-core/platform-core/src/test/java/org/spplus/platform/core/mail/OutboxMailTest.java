package org.spplus.platform.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.spplus.platform.api.mail.OutgoingMail;

class OutboxMailTest {

    @Test
    void delayDoublesFromThirtySecondsUpToAnHour() {
        assertThat(OutboxMail.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxMail.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxMail.delayAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMailFailsForGoodAfterTheLastAttempt() {
        OutboxMail mail = new OutboxMail(null, OutgoingMail.text("a@b.fr", "Sujet", "Corps"));
        mail.markAttemptFailed("refusé", 2);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getNextAttemptAt()).isAfter(mail.getCreatedAt());
        mail.markAttemptFailed("refusé encore", 2);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getLastError()).isEqualTo("refusé encore");
    }
}
