vcl 4.1;
# Decentralization.Net behind Varnish (docs/caching.md, "The frontend cache").
#
# Varnish keeps only what the site declares shareable: a public page for anonymous readers carries
# `Surrogate-Control: max-age=N` and `X-Frontend-Page: <page id>` (pagecache/frontend.py), and hashed static
# files are public and immutable. Everything else (the admin, documents, the API, feeds, restricted pages,
# anything with a cookie) goes to the site on every request, where the site applies its own rules.
#
# Counting: a page delivered from this cache never reaches the site, so every such delivery writes one
# VCL_Log record `page:<id>`; varnishncsa writes those requests to a log that `manage.py count_frontend_hits`
# counts with the impact app's own rules. Misses and passes reach the site, which counts them itself: each
# request is counted in exactly one place.

import std;

# The backend (gunicorn) is written by scripts/services/varnish.sh: `backend default { .host; .port; }`.
include "backend.vcl";

# Who may purge: the site itself (Wagtail's frontend_cache sends PURGE from the application host).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Any change readers can see (a publish, a snippet, a setting) bans every page: pages show menus,
        # listings and related items, so one publish changes pages nobody could list (as the page cache).
        # A lurker-friendly ban (obj.* only); static files (content-hashed names) stay.
        ban("obj.http.X-Frontend-Page ~ .");
        return (synth(200, "Banned"));
    }
    unset req.http.X-Frontend-Page;
    if (req.method != "GET") {
        # HEAD too: Varnish would fetch a missing object with GET, and the site would count that as a view.
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization) {
        return (pass);
    }
    # Signed-in users and readers who entered a page password have a session: they get the site itself.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Any other cookie plays no part in a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The scheme is part of a page (absolute URLs): a TLS terminator in front says which one it was.
    hash_data(req.http.X-Forwarded-Proto);
    # Then the built-in: URL and host.
}

sub vcl_hit {
    if (obj.http.X-Frontend-Page) {
        std.log("page:" + obj.http.X-Frontend-Page);
    }
}

sub vcl_backend_response {
    if (beresp.status == 200 && beresp.http.Surrogate-Control ~ "max-age=[0-9]+" && !beresp.http.Set-Cookie) {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 0s);
        # No grace: a stale page would be refreshed in the background with a reader's headers, and the site
        # would count that fetch as a second view of the reader's one.
        set beresp.grace = 0s;
        unset beresp.http.Surrogate-Control;
        return (deliver);
    }
    if (beresp.status == 200 && bereq.url ~ "^/static/" && beresp.http.Cache-Control ~ "immutable") {
        return (deliver);
    }
    # Not shareable: remember that for two minutes (hit-for-miss, so a later shareable answer is kept).
    set beresp.ttl = 120s;
    set beresp.uncacheable = true;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Frontend-Page;
    if (obj.hits > 0) {
        set resp.http.X-Frontend-Cache = "hit";
        # A request id of this request, not the one of the request that filled the cache.
        set resp.http.X-Request-ID = "varnish-" + req.xid;
    } else {
        set resp.http.X-Frontend-Cache = "miss";
    }
}
