package nl.onderwijsregio.atlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.atlas.core.data.AtlasLoader;
import nl.onderwijsregio.atlas.core.data.DataLoadException;
import nl.onderwijsregio.atlas.core.model.Atlas;

/**
 * The headless command line: {@code validate}, {@code info}, {@code export}, and what later issues add.
 * Exit codes: 0 fine, 1 findings with errors, 2 bad input or usage.
 */
public final class AtlasCli {

    /** One sub-command; its usage line is {@code cli.usage.<name>} in the cli bundle. */
    interface Command {
        int run(Options options, PrintStream out, PrintStream err) throws DataLoadException;
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public AtlasCli() {
        commands.put("validate", new ValidateCommand());
        commands.put("info", new InfoCommand());
        commands.put("export", new ExportCommand());
        commands.put("render", new RenderCommand());
        commands.put("bench", new BenchCommand());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new AtlasCli().run(args, out, err));
    }

    public static boolean isCommand(String word) {
        return new AtlasCli().commands.containsKey(word);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        CliText text = CliText.fromArguments(Arrays.asList(args));
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            usage(text, out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println(text.t("cli.unknownCommand", args[0]));
            usage(text, err);
            return 2;
        }
        try {
            return command.run(Options.parse(Arrays.asList(args).subList(1, args.length)), out, err);
        } catch (DataLoadException e) {
            err.println(text.t("cli.error", e.message(text.locale())));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(text.t("cli.usageError", e.getMessage()));
            err.println("  " + text.t("cli.usage." + args[0]));
            return 2;
        }
    }

    private void usage(CliText text, PrintStream out) {
        out.println(text.t("cli.usage.heading"));
        commands.keySet().forEach(name -> out.println("  " + text.t("cli.usage." + name)));
        out.println(text.t("cli.usage.common"));
    }

    /** Loads the atlas named by {@code --data} or the default data folder; {@code file} overrides the JSON. */
    static Atlas load(Options options, String regionFile) throws DataLoadException {
        Path dataDir = options.value("data").map(Path::of).orElseGet(AtlasLoader::defaultDataDir);
        Path json = regionFile == null ? dataDir.resolve(AtlasLoader.REGION_FILE) : Path.of(regionFile);
        return new AtlasLoader().load(dataDir.resolve(AtlasLoader.MUNICIPALITY_FILE), json);
    }

    /** Positional words and {@code --key value} / {@code --flag} options. */
    record Options(List<String> positional, Map<String, String> named) {

        static Options parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--")) {
                    String key = a.substring(2);
                    int eq = key.indexOf('=');
                    if (eq >= 0) {
                        named.put(key.substring(0, eq), key.substring(eq + 1));
                    } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        named.put(key, args.get(++i));
                    } else {
                        named.put(key, "true");
                    }
                } else {
                    positional.add(a);
                }
            }
            return new Options(positional, named);
        }

        java.util.Optional<String> value(String key) {
            return java.util.Optional.ofNullable(named.get(key));
        }

        boolean flag(String key) {
            return named.containsKey(key);
        }

        String positional(int i) {
            return i < positional.size() ? positional.get(i) : null;
        }
    }
}
