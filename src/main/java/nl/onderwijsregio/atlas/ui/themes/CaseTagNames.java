package nl.onderwijsregio.atlas.ui.themes;

import java.util.Optional;
import nl.onderwijsregio.atlas.core.model.AbcsEntry;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The names of what a case is tagged with, as the detail pane, the theme panel and the case cards show them:
 * the data's own where it has them, so the atlas speaks as the file it was given.
 */
public final class CaseTagNames {

    private CaseTagNames() {
    }

    /** The letter's name from the data when it has one, else our own wording; {@code atlas} may be null. */
    public static String letter(Atlas atlas, AbcsLetter letter) {
        Optional<AbcsEntry> entry = atlas == null ? Optional.empty() : atlas.data().abcs(letter);
        return entry.map(e -> e.name().in(Messages.current().locale()))
                .orElseGet(() -> Messages.t("detail.abcs." + letter.name()));
    }

    /** The theme's name in the current language, or the id when the data does not know it (or is not loaded). */
    public static String theme(Atlas atlas, String themeId) {
        if (atlas == null || themeId == null) {
            return themeId;
        }
        return atlas.data().theme(themeId).map(Theme::name).map(name -> name.in(Messages.current().locale()))
                .orElse(themeId);
    }
}
