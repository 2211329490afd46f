package nl.onderwijsregio.atlas.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A save on 6 December written as 6-12 would read as June the 12th to an English reader. */
class MomentsInEitherLanguageTest {

    private final Instant sixthOfDecember = LocalDateTime.of(2026, 12, 6, 14, 5).atZone(ZoneId.systemDefault()).toInstant();

    @Test
    void dutchWritesTheMonthAsADutchWord() {
        assertEquals("6 dec. 2026 14:05", new Messages(Messages.DUTCH).dateTime(sixthOfDecember));
    }

    @Test
    void englishWritesTheMonthAsAnEnglishWord() {
        assertEquals("6 Dec 2026 14:05", new Messages(Messages.ENGLISH).dateTime(sixthOfDecember));
    }
}
