package dev.handctl.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code handctl run}: the daemon (also what {@code handctl} with no command does). */
@Command(name = "run", mixinStandardHelpOptions = true,
    header = "Run the daemon: watch the camera and drive the mouse and keyboard by hand gestures.",
    description = {"Run the daemon: watch the camera, recognise gestures and drive the mouse and keyboard, with a",
        "tray icon (Pause/Resume, Show preview, Edit gestures, Reload, Camera, Start at login, Quit) and a global",
        "pause hotkey (hotkey.pause, default ctrl+alt+h). One instance per user."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:quit from the tray, by Ctrl-C, SIGTERM or SIGHUP (or the end of --video/--landmarks with --exit-at-end)",
        "2:wrong command line, or no display to work on",
        "3:a model, the configuration or input injection could not be used",
        "4:handctl is already running for this user (a --dry-run goes on beside it, with no tray and no hotkey)"})
public final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--camera", paramLabel = "N|NAME", defaultValue = "0",
      description = "The camera: its number, or part of its name (Linux) (default: ${DEFAULT-VALUE}).")
  String camera;

  @Option(names = "--video", paramLabel = "FILE",
      description = "Play a video file in real time instead of the camera (demos, tests).")
  Path video;

  @Option(names = "--landmarks", paramLabel = "FILE",
      description = {"Play a recorded landmark stream (the JSON lines of `handctl track --jsonl`) in real time",
          "instead of the camera and the models."})
  Path landmarks;

  @Option(names = "--dry-run",
      description = "Touch nothing: print the mouse and keyboard actions as JSON lines on stdout instead.")
  boolean dryRun;

  @Option(names = "--start-paused", description = "Start paused (resume from the tray or with the hotkey).")
  boolean startPaused;

  @Option(names = "--no-tray", description = "No tray icon (pause with the hotkey).")
  boolean noTray;

  @Option(names = "--preview", description = "Show the preview window from the start.")
  boolean preview;

  @Option(names = "--exit-at-end", description = "Quit when --video or --landmarks ends (default: keep running).")
  boolean exitAtEnd;

  @Option(names = "--mirrored", negatable = true,
      description = "The picture is a mirrored (selfie) view (default: camera.mirrored for a camera, no for files).")
  Boolean mirrored;

  @Override
  public Integer call() {
    if (video != null && landmarks != null) {
      throw new ParameterException(spec.commandLine(), "give --video or --landmarks, not both");
    }
    if (exitAtEnd && video == null && landmarks == null) {
      throw new ParameterException(spec.commandLine(), "--exit-at-end needs --video or --landmarks");
    }
    return new Daemon(this).run();
  }
}
