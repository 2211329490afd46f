package nl.onderwijsregio.atlas.cli;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.atlas.core.AtlasVersion;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataFolder;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.export.ExportNotWritten;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * The headless command line: {@code validate}, {@code info}, {@code export}, and what later issues add.
 * Exit codes: 0 fine, 1 findings with errors, 2 bad input or usage (and a picture too large for the memory).
 */
public final class AtlasCli {

    /**
     * One sub-command; its usage line is {@code cli.usage.<name>} in the cli bundle. It declares the options
     * it takes besides the common {@code --data}, {@code --municipalities} and {@code --lang}, so that anything
     * else is refused.
     */
    interface Command {
        /** Options followed by a value, {@code --width 800} or {@code --width=800}. */
        default Set<String> valueOptions() {
            return Set.of();
        }

        /** Options that are on when given and take no value, {@code --dark}. */
        default Set<String> switches() {
            return Set.of();
        }

        /** Options with a value that may be empty, {@code --title=} for no title; any other's empty value is missing. */
        default Set<String> mayBeEmpty() {
            return Set.of();
        }

        /** How many words besides options the command takes (a file, what to export). */
        default int words() {
            return 0;
        }

        int run(Options options, PrintStream out, PrintStream err) throws DataLoadException, ExportNotWritten;
    }

    /** The regions file word that reads standard input, as {@code validate -}. */
    static final String STDIN = "-";

    /** Prints the version; a word of its own rather than a command, as every program's {@code --version} is. */
    static final String VERSION = "--version";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public AtlasCli() {
        commands.put("validate", new ValidateCommand());
        commands.put("info", new InfoCommand());
        commands.put("export", new ExportCommand());
        commands.put("render", new RenderCommand());
        commands.put("bench", new BenchCommand());
    }

    /** A command line of other commands, e.g. one that fails in a way the real ones cannot be made to on cue. */
    AtlasCli(Map<String, Command> commands) {
        this.commands.putAll(commands);
    }

    public static void main(String[] args) {
        // Straight onto the descriptors rather than through System.out, which would swallow why a write failed.
        PrintStream out = WatchedOutput.over(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        PrintStream err = WatchedOutput.over(new FileOutputStream(FileDescriptor.err));
        System.exit(new AtlasCli().run(args, out, err));
    }

    public static boolean isCommand(String word) {
        return new AtlasCli().commands.containsKey(word);
    }

    /**
     * The line as the command line reads it, when it is one for the command line rather than the window: a
     * command, {@code help} or {@code --version}, first or after the options every command takes
     * ({@code --data DIR validate} is {@code validate --data DIR}), or {@code --help}/{@code -h} anywhere.
     * A word in a command's place that names none ({@code valdate}) is the command line's too, to be refused
     * there: the window takes no word of its own, and opening it would hide the typo. So is a command's option put
     * before it ({@code --widht 800 render} is {@code render --widht 800}, refused with "did you mean --width?"):
     * the window takes no option beyond the common ones either. Empty for a line that opens the window
     * ({@code --data DIR} alone).
     */
    public static Optional<String[]> commandLine(String[] args) {
        int at = 0;
        while (at < args.length && isCommonOption(args[at])) {
            at += args[at].contains("=") ? 1 : 2;
        }
        if (at >= args.length) {
            return asksForUsage(args) ? Optional.of(args) : Optional.empty();
        }
        if (args[at].startsWith("-") && !args[at].equals(VERSION)) {
            int command = firstCommand(args, at);
            at = command >= 0 ? command : at;
        }
        List<String> line = new ArrayList<>(Arrays.asList(args));
        line.add(0, line.remove(at));
        return Optional.of(line.toArray(String[]::new));
    }

    /** Where the first word naming a command stands from {@code from} on, or -1. */
    private static int firstCommand(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (isCommand(args[i]) || args[i].equals("help")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCommonOption(String word) {
        return word.startsWith("--") && OptionReader.COMMON_VALUES.contains(word.substring(2).split("=", 2)[0]);
    }

    /**
     * The one line the launcher prints where the window cannot open for want of a display, in the language
     * {@code --lang} asks for on the line, else {@code language}.
     */
    public static String noDisplay(String[] args, Locale language) {
        return CliText.fromArguments(Arrays.asList(args), language).t("cli.noDisplay");
    }

    /**
     * Whether the line asks for the usage: {@code help}, {@code --help} or {@code -h} first, or {@code --help}
     * or {@code -h} after options only ({@code --lang en --help}); after a command it asks for that command's.
     */
    public static boolean asksForUsage(String[] args) {
        if (args.length == 0 || isCommand(args[0])) {
            return false;
        }
        return args[0].equals("help") || Arrays.stream(args).anyMatch(AtlasCli::isHelpOption);
    }

    private static boolean isHelpOption(String word) {
        return word.equals("--help") || word.equals("-h");
    }

    public int run(String[] given, PrintStream out, PrintStream err) {
        String[] args = commandLine(given).orElse(given);
        CliText text = CliText.fromArguments(Arrays.asList(args));
        return written(dispatch(args, text, out, err), out, err, text);
    }

    private int dispatch(String[] args, CliText text, PrintStream out, PrintStream err) {
        if (args.length == 0 || asksForUsage(args)) {
            Optional<String> asked = commandAskedAbout(args);
            if (asked.isPresent()) {
                commandUsage(asked.get(), text, out);
                return 0;
            }
            usage(text, out);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals(VERSION)) {
            out.println(text.t("cli.version", AtlasVersion.get()));
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            List<String> known = new ArrayList<>(commands.keySet());
            known.add("help");
            err.println(OptionReader.nearest(args[0], known)
                    .map(near -> text.t("cli.unknownCommand.near", args[0], near))
                    .orElseGet(() -> text.t("cli.unknownCommand", args[0])));
            usage(text, err);
            return 2;
        }
        List<String> words = Arrays.asList(args).subList(1, args.length);
        if (new OptionReader(command, text).asksForHelp(words)) {
            commandUsage(args[0], text, out);
            return 0;
        }
        try {
            return command.run(new OptionReader(command, text).read(words), out, err);
        } catch (DataLoadException e) {
            err.println(text.t("cli.error", e.message(text.locale())));
            return 2;
        } catch (ExportNotWritten e) {
            err.println(text.t("cli.error", e.message(text.locale())));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(text.t("cli.usageError", e.getMessage()));
            err.println("  " + text.t("cli.usage." + args[0]));
            return 2;
        } catch (OutOfMemoryError e) {
            // Only a picture too large for this Java's memory gets here; the picture is garbage by now, so
            // there is room to say so. Exit 2: the same asked-for-too-much as a refused size.
            err.println(text.t("cli.error", text.t("cli.outOfMemory")));
            return 2;
        }
    }

    /**
     * The command's exit code if all it printed was written, else 2 with why: a CSV cut short on a full disk
     * must not pass for a whole one in a script that checks the exit code.
     */
    static int written(int code, PrintStream out, PrintStream err, CliText text) {
        if (!out.checkError() && !err.checkError()) {
            return code;
        }
        if (failure(out).filter(AtlasCli::meansReaderLeft).isPresent()) {
            // {@code export memberships | head}: the reader has what it wanted. Say nothing, as cat and grep do,
            // and exit as they do when the pipe closes (128 + SIGPIPE), so that a script with pipefail can tell.
            return READER_LEFT;
        }
        String why = failure(out).or(() -> failure(err))
                .map(e -> ExportNotWritten.meansDiskFull(e) ? text.t("cli.output.diskFull")
                        : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())
                .orElseGet(() -> text.t("cli.output.noReason"));
        err.println(text.t("cli.error", text.t("cli.output.failed", why)));
        return 2;
    }

    /** The exit code of a command whose reader closed the pipe, the one shells report for cat or grep then. */
    static final int READER_LEFT = 141;

    private static boolean meansReaderLeft(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    private static Optional<IOException> failure(PrintStream stream) {
        return stream instanceof WatchedOutput watched ? watched.failure() : Optional.empty();
    }

    /** The command {@code help validate} asks about: the first command after {@code help}, past the common options. */
    private Optional<String> commandAskedAbout(String[] args) {
        if (!args[0].equals("help")) {
            return Optional.empty();
        }
        for (int at = 1; at < args.length; at++) {
            if (commands.containsKey(args[at])) {
                return Optional.of(args[at]);
            }
            if (isCommonOption(args[at]) && !args[at].contains("=")) {
                at++;
            }
        }
        return Optional.empty();
    }

    /** One command's usage, with the options every command takes. */
    private static void commandUsage(String command, CliText text, PrintStream out) {
        out.println(text.t("cli.usage." + command));
        out.println(commonUsage(text));
    }

    private void usage(CliText text, PrintStream out) {
        out.println(text.t("cli.usage.heading"));
        // The installed atlas carries no test classes, so bench could only tell its user to build the project.
        commands.keySet().stream().filter(name -> !(packaged() && name.equals("bench")))
                .forEach(name -> out.println("  " + text.t("cli.usage." + name)));
        out.println("  " + text.t("cli.usage.version"));
        out.println(commonUsage(text));
    }

    /** The options every command takes; the installed atlas names the data folder it carries, not ./data. */
    private static String commonUsage(CliText text) {
        return packaged()
                ? text.t("cli.usage.common.packaged", AtlasLoader.defaultDataDir().toAbsolutePath())
                : text.t("cli.usage.common");
    }

    /** Started by the installed atlas's launcher, which jpackage makes say where it is. */
    private static boolean packaged() {
        return System.getProperty("jpackage.app-path") != null;
    }

    /**
     * Loads the atlas named by {@code --data} or the default data folder; {@code file} overrides the JSON. What
     * was read otherwise than the files say is told on {@code err}, before any output made from it.
     */
    static Atlas load(Options options, String regionFile, PrintStream err) throws DataLoadException {
        return loadWithBoundaries(options, regionFile, false, err).atlas();
    }

    /**
     * As {@link #load}, saying which municipality file it read: {@code --municipalities FILE} when given, else
     * the data folder's edition that the regions file belongs to ({@link AtlasLoader#loadFolder}). The data
     * folder is {@code --data}'s; else, for a regions file named on the line, that file's own folder when it
     * holds boundaries; else the default. With {@code acceptUnknownCodes} a code in neither is kept for the
     * validator to report.
     */
    static AtlasLoader.Loaded loadWithBoundaries(Options options, String regionFile, boolean acceptUnknownCodes,
                                                 PrintStream err) throws DataLoadException {
        CliText text = CliText.of(options);
        boolean stdin = STDIN.equals(regionFile);
        Optional<Path> named = options.value("municipalities").map(Path::of);
        // A regions file saved with a newer edition beside it belongs to those boundaries, not to ./data's.
        Path dataDir = options.value("data").map(Path::of)
                .or(() -> regionFile == null || stdin || named.isPresent() ? Optional.empty()
                        : ownBoundaries(regionFile))
                .orElseGet(AtlasLoader::defaultDataDir);
        // Standard input is named in words wherever a problem in it is told: "-" would read as a typo.
        Path json = regionFile == null ? dataDir.resolve(AtlasLoader.REGION_FILE)
                : Path.of(stdin ? text.t("cli.stdin") : regionFile);
        if (options.value("data").isPresent()) {
            // Told as a folder, in the app's words, rather than by the first file in it that the load would miss;
            // only for what is to be read from it.
            DataFolder.requireFolder(dataDir);
            if (regionFile == null) {
                DataFolder.requireRegionFile(dataDir);
            }
            if (named.isEmpty()) {
                DataFolder.requireBoundaries(dataDir);
            }
        }
        AtlasLoader loader = new AtlasLoader();
        AtlasLoader.Loaded loaded;
        if (stdin) {
            loaded = named.isPresent() ? loader.loadFiles(named.get(), json, System.in, acceptUnknownCodes)
                    : loader.loadFolder(dataDir, json, System.in, acceptUnknownCodes);
        } else {
            loaded = named.isPresent() ? loader.loadFiles(named.get(), json, acceptUnknownCodes)
                    : loader.loadFolder(dataDir, json, acceptUnknownCodes);
        }
        loaded.notices().forEach(notice -> err.println(text.t("cli.notice", notice.in(text.locale()))));
        return loaded;
    }

    /** The folder of {@code regionFile} when it holds municipality boundaries of its own. */
    private static Optional<Path> ownBoundaries(String regionFile) {
        Path folder = Path.of(regionFile).toAbsolutePath().getParent();
        return folder != null && DataFolder.holdsBoundaries(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * The file {@code --out} names; a usage error when it names no file ("/", "", "plaatjes/" or an
     * existing folder), before any work is done for it.
     */
    static Path outFile(String given, CliText text) {
        Path file = given.isBlank() ? null : Path.of(given);
        if (file == null || file.getFileName() == null || given.endsWith("/") || given.endsWith(File.separator)
                || Files.isDirectory(file)) {
            throw new IllegalArgumentException(text.t("cli.out.folder", given));
        }
        return file;
    }

    /** What {@link OptionReader} read: the words besides options, the options with values, and the switches given. */
    record Options(List<String> positional, Map<String, String> named, Set<String> switches) {

        Optional<String> value(String key) {
            return Optional.ofNullable(named.get(key));
        }

        boolean flag(String key) {
            return switches.contains(key);
        }

        String positional(int i) {
            return i < positional.size() ? positional.get(i) : null;
        }
    }
}
