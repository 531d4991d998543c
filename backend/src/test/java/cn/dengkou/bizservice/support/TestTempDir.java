package cn.dengkou.bizservice.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates {@code java.io.tmpdir} before any test runs: the build points it at {@code target/tmp}
 * (backend/pom.xml) so a test run leaves nothing in the system temp directory, and the JDK does not
 * create a missing temp dir by itself.
 */
public class TestTempDir implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
