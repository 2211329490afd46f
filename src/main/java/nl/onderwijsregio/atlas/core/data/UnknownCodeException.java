package nl.onderwijsregio.atlas.core.data;

import java.nio.file.Path;

/**
 * A region member whose municipality code the loaded boundaries do not know. Kept apart from the
 * {@linkplain #suggestion() likely meant municipality}, so that a loader which knows more (which boundary
 * files it tried, and how to open others) can tell the two in their own places.
 */
public final class UnknownCodeException extends DataLoadException {

    private final DataPhrase unknown;
    private final DataPhrase suggestion;

    /**
     * @param unknown    the code and the member's published name, e.g. {@code MUNICIPALITY_CODE_UNKNOWN_FOR}
     * @param suggestion "Did you mean GM0200 Apeldoorn?"; null when no municipality stands out
     */
    UnknownCodeException(Path file, DataPhrase location, DataPhrase unknown, DataPhrase suggestion) {
        super(file, location, suggestion == null ? unknown
                : DataText.UNKNOWN_CODE_WITH_SUGGESTION.with(unknown, suggestion));
        this.unknown = unknown;
        this.suggestion = suggestion;
    }

    /** That the code is unknown, without the suggestion. */
    public DataPhrase unknown() {
        return unknown;
    }

    /** The municipality the member was probably meant to be; null when none stands out. */
    public DataPhrase suggestion() {
        return suggestion;
    }
}
