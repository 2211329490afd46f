package nl.onderwijsregio.atlas.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.onderwijsregio.atlas.core.model.KeyFigure;

/**
 * Reads the region cards straight from the scraped text of "Regionale samenwerking werkt", without
 * looking at our JSON, so the dataset can be checked against what was printed.
 *
 * <p>A card on the page is: its name (one or more lines), then five times a number followed by its
 * label, then optionally "Verzorgingsgebied" and a list of names, then "[TERUG NAAR … KAART]" links.
 * A card is recognised by its first label ("Aantal" / "leerlingen/"), because card names have no
 * common marker.
 */
final class PublishedCards {

    /** One card as printed. Figures are keyed by label; the territory keeps printed order and repeats. */
    record Card(String name, Map<KeyFigure, Long> figures, List<String> territory) {
    }

    static final Path SOURCE = Path.of("src/test/resources/sources/regionale-samenwerking-werkt.txt");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{3})*");
    private static final String CARDS_HEADING = "Onderwijsregio's";

    private PublishedCards() {
    }

    static List<Card> read() throws IOException {
        return parse(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
    }

    static List<Card> parse(List<String> lines) {
        List<Integer> numberLines = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equals("Aantal") && lines.get(i + 1).equals("leerlingen/")) {
                numberLines.add(previousNonBlank(lines, i - 1));
            }
        }
        List<Integer> nameStarts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int numberLine : numberLines) {
            List<String> parts = new ArrayList<>();
            int k = numberLine - 1;
            while (k >= 0 && !lines.get(k).startsWith("[TERUG") && !lines.get(k).equals(CARDS_HEADING)) {
                if (!lines.get(k).isBlank()) {
                    parts.add(0, lines.get(k).strip());
                }
                k--;
            }
            nameStarts.add(k + 1);
            names.add(String.join(" ", parts));
        }
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < numberLines.size(); c++) {
            int end = c + 1 < numberLines.size() ? nameStarts.get(c + 1) : lines.size();
            List<String> body = lines.subList(numberLines.get(c), end);
            cards.add(new Card(names.get(c), figures(body), territory(body)));
        }
        return cards;
    }

    private static int previousNonBlank(List<String> lines, int from) {
        int k = from;
        while (lines.get(k).isBlank()) {
            k--;
        }
        return k;
    }

    /** Every number line followed by a label block: the number stands before its label. */
    private static Map<KeyFigure, Long> figures(List<String> body) {
        Map<KeyFigure, Long> figures = new EnumMap<>(KeyFigure.class);
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i).strip();
            if (line.equals("Verzorgingsgebied")) {
                break;
            }
            if (!NUMBER.matcher(line).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < body.size() && body.get(j).isBlank()) {
                j++;
            }
            StringBuilder label = new StringBuilder();
            while (j < body.size() && !body.get(j).isBlank()) {
                label.append(body.get(j).strip()).append(' ');
                j++;
            }
            KeyFigure figure = labelled(label.toString().strip());
            if (figures.put(figure, Long.parseLong(line.replace(".", ""))) != null) {
                throw new IllegalStateException("label printed twice on one card: " + label);
            }
        }
        return figures;
    }

    private static KeyFigure labelled(String label) {
        return switch (label) {
            case "Aantal leerlingen/ studenten" -> KeyFigure.LEERLINGEN_STUDENTEN;
            case "Aantal aangesloten schoolbesturen (po)" -> KeyFigure.BESTUREN_PO;
            case "Aantal aangesloten schoolbesturen (vo)" -> KeyFigure.BESTUREN_VO;
            case "Aantal aangesloten mbo- instellingen" -> KeyFigure.MBO_INSTELLINGEN;
            case "Aangesloten opleiders" -> KeyFigure.OPLEIDERS;
            default -> throw new IllegalStateException("unknown figure label: '" + label + "'");
        };
    }

    /**
     * The "Verzorgingsgebied" entries. A line without a bullet continues the previous name; a name that
     * ends in a hyphen was broken by the page and continues in the next entry (no municipality name ends
     * in a hyphen). Joined parts are separated by one space, which is how the dataset keeps them.
     */
    private static List<String> territory(List<String> body) {
        List<String> entries = new ArrayList<>();
        boolean inList = false;
        for (String raw : body) {
            String line = raw.strip();
            if (line.equals("Verzorgingsgebied")) {
                inList = true;
                continue;
            }
            if (!inList || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[TERUG") || line.startsWith("Thema")) {
                break;
            }
            boolean bullet = line.startsWith("- ") || line.startsWith("• ");
            String text = bullet ? line.substring(2).strip() : line;
            int last = entries.size() - 1;
            if (last >= 0 && (!bullet || entries.get(last).endsWith("-"))) {
                entries.set(last, entries.get(last) + " " + text);
            } else {
                entries.add(text);
            }
        }
        return entries;
    }
}
