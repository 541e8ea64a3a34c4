/**
 * Wiring only (the command line is {@code app.cli}): the daemon's {@code run} command and the parts the
 * commands share put the stages of the other packages together; the daemon keeps them going
 * through pauses, reloads and camera changes; no pipeline logic lives here. The daemon is a life
 * cycle ({@code Daemon}) over parts of its own: the rules ({@code LiveRules}), the output
 * ({@code DaemonOutput}), the desktop ({@code DaemonShell}, {@code TrayMenu}), the pipeline thread
 * ({@code DaemonPipeline} under the {@code PipelineSupervisor}), the control socket, and one run
 * state ({@code RunState}) that every way of pausing goes through.
 */
package dev.handctl.app;
