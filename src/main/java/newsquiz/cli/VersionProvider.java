package newsquiz.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never out of step with the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newsquiz " + (v == null ? "(development build)" : v)};
    }
}
