/**
 * Desktop notifications for what needs the user (a refused configuration, a camera gone for a
 * while, no permission to drive the mouse): {@link dev.handctl.shell.notify.Notifier}, with the
 * freedesktop notification service over D-Bus as the real one and {@code none()} elsewhere. Imports
 * dbus-java and nothing of handctl's.
 */
package dev.handctl.shell.notify;
