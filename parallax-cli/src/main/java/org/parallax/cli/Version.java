package org.parallax.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (or says "development" when run from classes). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"parallax " + (v == null ? "development build" : v)};
    }
}
