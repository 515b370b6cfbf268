package newsquiz.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a {@link UserError} as one line; anything else is a bug and keeps its stack trace. */
final class UserErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (ex instanceof UserError) {
            cmd.getErr().println("newsquiz: " + ex.getMessage());
            cmd.getErr().flush();
            return ExitCodes.INVALID_INPUT;
        }
        throw ex;
    }
}
