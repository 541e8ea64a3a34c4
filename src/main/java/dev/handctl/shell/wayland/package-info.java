/**
 * A small Wayland client, spoken by handctl itself over the compositor's socket: enough of the wire
 * protocol to list the compositor's globals and outputs and to drive the pointer and keyboard through
 * the wlroots virtual input protocols ({@code zwlr_virtual_pointer_manager_v1},
 * {@code zwp_virtual_keyboard_manager_v1}) that sway, Hyprland, river, labwc and wayfire offer, and to
 * read the application in front through their foreign-toplevel protocol
 * ({@code zwlr_foreign_toplevel_manager_v1}, {@link dev.handctl.shell.wayland.ForeignToplevels}). No
 * dialog is shown, and no native Wayland library is loaded.
 *
 * <p>The encoding ({@link dev.handctl.shell.wayland.WireWriter}, {@link dev.handctl.shell.wayland.WireReader})
 * is plain Java and unit-tested; the socket is behind {@link dev.handctl.shell.wayland.WaylandSocket}, whose
 * real implementation calls libc through JNA, because the virtual keyboard's keymap must travel as a
 * file descriptor (SCM_RIGHTS), which the JDK's Unix domain sockets cannot send.
 */
package dev.handctl.shell.wayland;
