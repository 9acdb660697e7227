<?php
/**
 * The test site's command line (wp-cli is not in Debian): `php cli.php <command> [argument]`,
 * run by tests/wordpress/env.mjs with IMG_PATHWAY_WP_DIR and IMG_PATHWAY_WP_PORT set. Each
 * command prints one JSON value.
 *
 * - install: installs WordPress, sets pretty permalinks, adds one user per role.
 * - install-plugin <zip>: installs a plugin zip with WordPress's own installer (the code behind
 *   Plugins → Add New → Upload Plugin).
 * - activate|deactivate|delete <plugin file>: as on the Plugins screen; delete runs uninstall.php.
 * - options: every option's name.
 * - post-content <id>: the post's content as saved.
 * - post <login>: saves the post read as JSON from stdin ({title, content, status}) as that
 *   user, through wp_insert_post(), so kses filters it as it would that user's.
 */

$_SERVER['HTTP_HOST']   = '127.0.0.1'; // Debian's wp-config.php picks its config file by host.
$_SERVER['REQUEST_URI'] = '/';
$command                = isset( $argv[1] ) ? $argv[1] : '';
$argument               = isset( $argv[2] ) ? $argv[2] : '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
if ( 'install' !== $command ) {
	require_once ABSPATH . 'wp-admin/includes/admin.php'; // The Plugins screen's functions.
}

/** The installer writes to the site's admin e-mail; this machine has no sendmail. */
function wp_new_blog_notification() {}

/**
 * Prints the result and stops.
 *
 * @param mixed $value What to print as JSON.
 */
function img_pathway_test_out( $value ) {
	if ( is_wp_error( $value ) ) {
		$value = array( 'error' => $value->get_error_message() );
	}
	echo wp_json_encode( $value ), "\n";
	exit( 0 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		if ( ! is_blog_installed() ) {
			wp_install( 'Graduate Medical Education', 'admin', 'admin@example.test', true, '', 'admin-pass' );
		}
		global $wp_rewrite;
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
		flush_rewrite_rules( false ); // A hard flush would write /etc/wordpress/htaccess.
		// The admin bar's avatars come from gravatar.com: off, so that a request to another host
		// on a logged-in page can only come from what is tested.
		update_option( 'show_avatars', 0 );
		foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
			if ( ! username_exists( $role ) ) {
				wp_insert_user(
					array(
						'user_login' => $role,
						'user_pass'  => "$role-pass",
						'user_email' => "$role@example.test",
						'role'       => $role,
					)
				);
			}
		}
		// Every user has seen the block editor's welcome tour (its pictures come from wordpress.org).
		global $wpdb;
		foreach ( get_users() as $user ) {
			$preferences = array(
				'core/edit-post' => array( 'welcomeGuide' => false ),
				'_modified'      => gmdate( 'c' ),
			);
			update_user_meta( $user->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', $preferences );
		}
		img_pathway_test_out( array( 'installed' => is_blog_installed() ) );
		break;

	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $argument );
		img_pathway_test_out(
			array(
				'installed' => true === $result,
				'plugin'    => $upgrader->plugin_info(),
				'errors'    => $skin->get_error_messages(),
			)
		);
		break;

	case 'activate':
		img_pathway_test_out( activate_plugin( $argument ) ?? array( 'active' => is_plugin_active( $argument ) ) );
		break;

	case 'deactivate':
		deactivate_plugins( $argument );
		img_pathway_test_out( array( 'active' => is_plugin_active( $argument ) ) );
		break;

	case 'delete':
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		img_pathway_test_out( delete_plugins( array( $argument ) ) );
		break;

	case 'options':
		global $wpdb;
		img_pathway_test_out( $wpdb->get_col( "SELECT option_name FROM $wpdb->options ORDER BY option_name" ) );
		break;

	case 'post':
		$post = json_decode( file_get_contents( 'php://stdin' ), true );
		wp_set_current_user( get_user_by( 'login', $argument )->ID ); // Fires kses_init(): filters unless unfiltered_html.
		// wp_insert_post() expects slashed data, as from a form: unslashed, block attributes such
		// as "\u003c" would lose their backslash.
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $post['title'],
					'post_content' => $post['content'],
					'post_status'  => isset( $post['status'] ) ? $post['status'] : 'publish',
					'post_type'    => isset( $post['type'] ) ? $post['type'] : 'post',
				)
			),
			true
		);
		img_pathway_test_out(
			is_wp_error( $id ) ? $id : array(
				'id'      => $id,
				'status'  => get_post_status( $id ),
				'link'    => get_permalink( $id ),
				'content' => get_post( $id )->post_content,
			)
		);
		break;

	case 'post-content':
		img_pathway_test_out( get_post( (int) $argument )->post_content );
		break;

	default:
		img_pathway_test_out( array( 'error' => "unknown command: $command" ) );
}
