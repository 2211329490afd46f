package nl.onderwijsregio.atlas.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsregio.atlas.core.text.NameMatcher;

/**
 * Reads the words after a command into {@link AtlasCli.Options}, holding them to what the command declares:
 * an option with a value must get one ({@code --out x.png} or {@code --out=x.png}), a switch takes none,
 * and anything else is refused. A script with a typo must stop with a usage error, not quietly make
 * another picture than asked (a file called "true", a legend that was meant to be off).
 */
final class OptionReader {

    /** Options every command takes: the data folder, the municipality file if not the folder's, and the language. */
    static final Set<String> COMMON_VALUES = Set.of("data", "municipalities", "lang");

    private final AtlasCli.Command command;
    private final CliText text;

    OptionReader(AtlasCli.Command command, CliText text) {
        this.command = command;
        this.text = text;
    }

    /** The options in {@code words}; a usage error ({@link IllegalArgumentException}) says what is wrong. */
    AtlasCli.Options read(List<String> words) {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> switches = new LinkedHashSet<>();
        String lastSwitch = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                if (positional.size() >= command.words()) {
                    throw new IllegalArgumentException(lastSwitch != null
                            ? text.t("cli.option.switchWithValue", "--" + lastSwitch, word)
                            : text.t("cli.option.unexpectedWord", word));
                }
                positional.add(word);
                lastSwitch = null;
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            lastSwitch = null;
            if (takesValue(name)) {
                if (value == null) {
                    if (!valueAt(words, i + 1)) {
                        throw new IllegalArgumentException(text.t("cli.option.needsValue", "--" + name));
                    }
                    value = words.get(++i);
                }
                // "--data=" names no folder; "--title=" is a picture without a title.
                if (value.isEmpty() && !command.mayBeEmpty().contains(name)) {
                    throw new IllegalArgumentException(text.t("cli.option.needsValue", "--" + name));
                }
                if (name.equals("lang") && CliText.language(value).isEmpty()) {
                    throw new IllegalArgumentException(text.t("cli.option.language", value));
                }
                values.put(name, value);
            } else if (command.switches().contains(name)) {
                if (value != null) {
                    throw new IllegalArgumentException(text.t("cli.option.switchWithValue", "--" + name, value));
                }
                switches.add(name);
                lastSwitch = name;
            } else {
                throw new IllegalArgumentException(unknown(name));
            }
        }
        return new AtlasCli.Options(positional, values, switches);
    }

    /**
     * Whether {@code words} ask for the command's usage: {@code --help} or {@code -h} as an option, not as the value
     * of one ({@code --title -h} is a title), read as {@link #read} reads them.
     */
    boolean asksForHelp(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--help") || word.equals("-h")) {
                return true;
            }
            if (word.startsWith("--") && !word.contains("=") && takesValue(word.substring(2))
                    && valueAt(words, i + 1)) {
                i++;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is an option's value: there, and not the next option ("--out --dark"). */
    private static boolean valueAt(List<String> words, int at) {
        return at < words.size() && !words.get(at).startsWith("--");
    }

    private String unknown(String name) {
        return nearest(name).map(known -> text.t("cli.option.unknown.near", "--" + name, "--" + known))
                .orElseGet(() -> text.t("cli.option.unknown", "--" + name));
    }

    private boolean takesValue(String name) {
        return COMMON_VALUES.contains(name) || command.valueOptions().contains(name);
    }

    private Optional<String> nearest(String name) {
        Set<String> known = new TreeSet<>(COMMON_VALUES);
        known.addAll(command.valueOptions());
        known.addAll(command.switches());
        return nearest(name, known);
    }

    /**
     * The word of {@code known} that {@code typed} was most likely meant to be: one or two letters off ("widht",
     * "valdate"), or the start of it ("trans"); none when nothing is that close. Options and commands alike.
     */
    static Optional<String> nearest(String typed, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(typed, k) <= Math.min(2, k.length() / 3)
                        || (typed.length() >= 3 && k.startsWith(typed)))
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
    }

    private static int distance(String typed, String known) {
        return NameMatcher.distance(typed.toLowerCase(java.util.Locale.ROOT), known);
    }
}
