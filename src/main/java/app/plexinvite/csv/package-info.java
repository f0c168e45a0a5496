/**
 * What every CSV file the owner downloads shares: cells made safe for spreadsheets.
 * Depends on nothing of ours.
 */
package app.plexinvite.csv;
