package nl.onderwijsregio.atlas.core.model;

import java.util.List;
import java.util.Locale;
import nl.onderwijsregio.atlas.core.text.Language;

/**
 * A practice example from the publication, summarised in our own words.
 *
 * @param id      unique across the atlas
 * @param title   our short title
 * @param abcs    the ABC&amp;S letters it is tagged with
 * @param themeId the publication's theme, e.g. {@code invalpools}
 * @param summary our own summary (60-150 words)
 * @param source  where the case was published
 */
public record CaseStory(String id, String title, List<AbcsLetter> abcs, String themeId, String summary, String source) {

    /** The language titles and summaries are written in: the publication's, as the data holds no other. */
    public static final Locale LANGUAGE = Language.DUTCH;

    public CaseStory {
        abcs = List.copyOf(abcs);
    }
}
