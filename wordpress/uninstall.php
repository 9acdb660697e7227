<?php
/**
 * Runs when the plugin is deleted. The plugin stores nothing: no option, no post meta, no user
 * meta, no table, no file outside its own folder (which WordPress deletes). A reader's checklist
 * and open steps live in that reader's browser only. So there is nothing to remove; a test
 * checks that deleting the plugin leaves the database as it was before it was installed.
 *
 * @package img-pathway
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
