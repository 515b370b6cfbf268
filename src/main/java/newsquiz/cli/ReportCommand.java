package newsquiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import newsquiz.classroom.AttemptJson;
import newsquiz.classroom.ClassReports;
import newsquiz.classroom.CsvReport;
import newsquiz.classroom.JsonReport;
import newsquiz.classroom.ReportTable;
import newsquiz.classroom.ResultFileException;
import newsquiz.classroom.ResultFiles;
import newsquiz.classroom.TextReport;
import newsquiz.files.AtomicFile;
import newsquiz.text.TerminalLocale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code newsquiz report FILE...}: a class report from exam result files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Class report from exam result files: scores, ranking and per-question statistics",
                "(facility, discrimination, options chosen). FILE may be a folder of result files."})
final class ReportCommand implements Callable<Integer> {

    enum Format { TEXT, CSV, JSON }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Result files (data/results/*.json) or folders of them.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (default), csv or json.")
    Format format = Format.TEXT;

    @Option(names = "--table", paramLabel = "TABLE", converter = TableConverter.class,
            description = "Only one part: students, questions or options (default: all).")
    ReportTable table = ReportTable.ALL;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the report to OUT instead of the screen.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = expand(inputs);
        if (output != null && files.stream().anyMatch(f -> same(f, output))) {
            throw new UserError(output + ": is one of the result files being read; choose another -o file");
        }
        List<ResultFiles.Found> attempts = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            try {
                attempts.add(new ResultFiles.Found(f, AttemptJson.read(f)));
            } catch (ResultFileException e) {
                bad.add(e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            throw new UserError(bad.get(0) + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more unreadable file"
                    + (bad.size() > 2 ? "s" : "") + ")" : ""));
        }
        ClassReports.ReportSet set = ClassReports.build(attempts);
        boolean utf8 = output != null || TerminalLocale.isUtf8(System.getenv());
        String report = switch (format) {
            case TEXT -> TextReport.render(set, table, utf8);
            case CSV -> CsvReport.render(set, table);
            case JSON -> JsonReport.render(set, table, !utf8);
        };
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        } else {
            try {
                // a byte-order mark is how Excel knows a CSV file is UTF-8 (without it, "Zoë" opens as "ZoÃ«")
                AtomicFile.write(output, ((format == Format.CSV ? "\uFEFF" : "") + report).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserError(output + ": cannot write: " + e.getMessage());
            }
            var err = spec.commandLine().getErr();
            set.notes().forEach(n -> err.println("newsquiz: note: " + n));
            err.println("newsquiz: report of " + attempts.size() + " result file" + (attempts.size() == 1 ? "" : "s")
                    + " written to " + output);
            err.flush();
        }
        return ExitCodes.OK;
    }

    /** Folders stand for the result files in them; a file given twice is read once. */
    private static List<Path> expand(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try {
                    List<Path> inside = ResultFiles.list(p);
                    if (inside.isEmpty()) {
                        throw new UserError(p + ": no result files (*.json) in this folder");
                    }
                    files.addAll(inside);
                } catch (IOException e) {
                    throw new UserError(p + ": cannot list: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a report format; use text, csv or json");
            }
        }
    }

    static final class TableConverter implements ITypeConverter<ReportTable> {
        @Override
        public ReportTable convert(String value) {
            try {
                return ReportTable.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a table; use students, questions, options or all");
            }
        }
    }
}
