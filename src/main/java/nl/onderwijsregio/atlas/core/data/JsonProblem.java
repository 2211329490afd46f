package nl.onderwijsregio.atlas.core.data;

import static nl.onderwijsregio.atlas.core.data.DataText.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's complaint about a region file, told in the atlas's own words. Jackson's sentences name its
 * internals ("StreamReadConstraints.getMaxNestingDepth()", "[Source: REDACTED …]") and are English only;
 * a person needs to hear what is wrong in the file. Jackson reports its failures by message only, so they
 * are recognised by its (stable, 2.x) wording; anything not recognised gets a general phrase, and
 * Jackson's own text stays in the exception's cause for the log and "copy details".
 */
final class JsonProblem {

    private static final Pattern CHARACTER_CODE = Pattern.compile("\\bcode (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private JsonProblem() {
    }

    /** What is wrong, as a phrase to put after "malformed JSON:" or, for a {@link StreamConstraintsException}, "refused:". */
    static DataPhrase of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return UNEXPECTED_END.with();
        }
        if (message.startsWith("Invalid UTF-8")) {
            return NOT_UTF8.with();
        }
        Matcher closing = CLOSE_MARKER.matcher(message);
        if (closing.find()) {
            return JSON_UNEXPECTED_EXPECTING.with(quoted(closing.group(1)), quoted(closing.group(2)));
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return JSON_DUPLICATE_FIELD.with(duplicate.group(1));
        }
        if (message.startsWith("Trailing token")) {
            return JSON_AFTER_END.with();
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return JSON_UNKNOWN_WORD.with(token.group(1));
        }
        if (message.startsWith("Illegal unquoted character")) {
            return JSON_CONTROL_CHARACTER.with(character(message));
        }
        if (message.startsWith("Unrecognized character escape")) {
            return JSON_BAD_ESCAPE.with(character(message));
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("in numeric value")) {
            return JSON_BAD_NUMBER.with();
        }
        if (message.startsWith("Unexpected character") || message.startsWith("Illegal character")) {
            DataPhrase expected = expectation(message);
            return expected == null ? JSON_UNEXPECTED.with(character(message))
                    : JSON_UNEXPECTED_EXPECTING.with(character(message), expected);
        }
        return JSON_NOT_JSON_HERE.with();
    }

    private static DataPhrase limit(String message) {
        Matcher m = LIMIT.matcher(message);
        String limit = m.find() ? m.group(1) : "?";
        if (message.startsWith("Document nesting depth")) {
            return JSON_TOO_DEEP.with(limit);
        }
        if (message.startsWith("String value length")) {
            return JSON_TEXT_TOO_LONG.with(limit);
        }
        if (message.startsWith("Name length")) {
            return JSON_NAME_TOO_LONG.with(limit);
        }
        if (message.startsWith("Number value length")) {
            return JSON_NUMBER_TOO_LONG.with(limit);
        }
        if (message.startsWith("Document length")) {
            return JSON_DOCUMENT_TOO_LONG.with(limit);
        }
        return JSON_LIMIT.with();
    }

    /** What Jackson was looking for instead, where it is one of the usual few. */
    private static DataPhrase expectation(String message) {
        if (message.contains("expecting comma")) {
            return JSON_EXPECTING_COMMA.with();
        }
        if (message.contains("expecting a colon")) {
            return JSON_EXPECTING_COLON.with();
        }
        if (message.contains("to start field name")) {
            return JSON_EXPECTING_NAME.with();
        }
        if (message.contains("expected a valid value")) {
            return JSON_EXPECTING_VALUE.with();
        }
        return null;
    }

    /**
     * The offending character from Jackson's "(code 34)": quoted when it can be seen, as U+000A when it is
     * a control character that would print as nothing or break the line.
     */
    private static String character(String message) {
        Matcher m = CHARACTER_CODE.matcher(message);
        if (!m.find()) {
            return "?";
        }
        int code = Integer.parseInt(m.group(1));
        return Character.isISOControl(code) || Character.isWhitespace(code) || !Character.isValidCodePoint(code)
                ? String.format(Locale.ROOT, "U+%04X", code) : quoted(Character.toString(code));
    }

    private static String quoted(String character) {
        return "'" + character + "'";
    }
}
