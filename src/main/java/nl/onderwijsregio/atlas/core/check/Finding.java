package nl.onderwijsregio.atlas.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * One thing the validator noticed. The text is not stored but formatted on demand from
 * {@code messageKey} and {@code args} in the {@code i18n/check} bundle, so the same finding reads in
 * Dutch or English.
 *
 * @param severity         how bad it is
 * @param ruleId           the rule that found it, one of the {@code ID} constants of the rule classes
 * @param regionId         the region concerned, or null (e.g. a municipality no region covers)
 * @param municipalityCode the CBS code concerned, or null when the finding is about a whole region
 * @param messageKey       key in the {@code i18n/check} bundle
 * @param args             {@link java.text.MessageFormat} arguments: names, codes and numbers
 */
public record Finding(Severity severity, String ruleId, String regionId, String municipalityCode,
                      String messageKey, List<Object> args) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageKey, "messageKey");
        // List.copyOf rejects nulls; an absent name is shown as an empty text instead of failing.
        List<Object> copy = new ArrayList<>();
        for (Object a : args) {
            copy.add(a == null ? "" : a);
        }
        args = Collections.unmodifiableList(copy);
    }

    public static Finding of(Severity severity, String ruleId, String regionId, String municipalityCode,
                             String messageKey, Object... args) {
        return new Finding(severity, ruleId, regionId, municipalityCode, messageKey, Arrays.asList(args));
    }

    /** The text in {@code locale} (Dutch unless the language is English). */
    public String message(Locale locale) {
        return FindingText.forLocale(locale).message(this);
    }

    /** The text in Dutch, the default language. */
    public String message() {
        return message(Language.DUTCH);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean concernsRegion(String id) {
        return id != null && id.equals(regionId);
    }

    boolean concernsMunicipality(String code) {
        return code != null && code.equals(municipalityCode);
    }
}
