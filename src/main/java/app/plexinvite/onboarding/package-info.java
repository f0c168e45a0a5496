/**
 * The invitee's onboarding: the owner's guide after joining (steps in Markdown, rendered
 * safely) and the optional rules accepted before signing in.
 */
package app.plexinvite.onboarding;
