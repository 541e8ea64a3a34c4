package dev.handctl.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code handctl eval}: how well handctl recognises hands and gestures on labelled real data. Each
 * subcommand prints a table, or JSON with {@code --json}, and works the same for a user checking
 * their own recordings as for CI checking the shared test footage.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Measure recognition on labelled real data.",
    description = {"Measure recognition on labelled real data: gesture events on labelled clips, gestures",
        "on photos sorted into a folder per gesture, keypoints against reference keypoints."},
    subcommands = {EvalEventsCommand.class, EvalPhotosCommand.class, EvalKeypointsCommand.class})
final class EvalCommand {}
