/**
 * Background jobs on one or several instances sharing a database: a job that must run
 * once per cluster takes a ShedLock row, every run is counted, and on shutdown the work
 * an instance has claimed is finished or released. Depends on nothing of ours.
 */
package app.plexinvite.jobs;
