package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parallax.Settings;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.Workspace;
import org.parallax.store.WorkspaceSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax serve}: the web UI and REST API over a workspace, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a workspace: the web UI at /, the REST API under /api/v1 (described by "
                + "/api/v1/openapi.json) and /health, until Ctrl-C.",
                "Writes (POST /api/v1/articles) are accepted only from this machine, or, with --token, only with "
                        + "'Authorization: Bearer TOKEN'."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "The workspace folder, created when missing (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARALLAX_TOKEN}",
            description = "Require 'Authorization: Bearer TOKEN' for writes (default: the PARALLAX_TOKEN "
                    + "environment variable; prefer it, a command line is visible to other users).")
    String token;

    @Option(names = "--no-annotate",
            description = "Do not annotate added articles (faster; dossiers then lack quotes, figures and sources).")
    boolean noAnnotate;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
        }
        ServerSettings settings = ServerSettings.defaults().withAddress(host, port).withToken(token);
        WorkspaceSettings ws = new WorkspaceSettings(Settings.defaults().withAnnotate(!noAnnotate),
                WorkspaceSettings.defaults().maxTextChars());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace workspace = Workspace.open(data, ws);
        ParallaxServer server;
        try {
            server = ParallaxServer.start(workspace, settings);
        } catch (RuntimeException e) {
            workspace.close();
            throw new IOException("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); is another server using the port? Try --port 0 or another port", e);
        }
        Thread hook = new Thread(() -> stop(server, workspace, err), "parallax-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        out.println("Parallax is serving " + data.toAbsolutePath().normalize() + " at " + url);
        out.println("API: " + url + "api/v1 (OpenAPI: " + url + "api/v1/openapi.json); Ctrl-C stops.");
        out.flush();
        settings.exposureWarning().ifPresent(w -> {
            err.println("parallax serve: warning: " + w);
            err.flush();
        });
        boolean interrupted = false;
        try {
            server.join();
        } catch (InterruptedException e) {
            interrupted = true; // asked to stop (as when embedded): a normal end
        } finally {
            // stopping now rather than at JVM exit; Jetty cannot stop while this thread's interrupt flag is set
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop(server, workspace, err);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook stops everything
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Closes the server first, so no request is mid-way when the workspace closes. Safe to call twice. */
    private static void stop(ParallaxServer server, Workspace workspace, PrintWriter err) {
        server.close();
        try {
            workspace.close();
        } catch (IOException e) {
            err.println("parallax serve: closing the workspace: " + e.getMessage());
            err.flush();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
