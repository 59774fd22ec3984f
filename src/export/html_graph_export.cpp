// The HTML graph page: one file with its data, cytoscape and its own script
// inline, so it opens offline and its Content-Security-Policy can forbid
// every fetch.
#include "export/web_assets.hpp"
#include "text/xml_escape.hpp"
#include "vaultlint/export.hpp"

namespace vaultlint {

void write_html_graph(std::ostream& out, const Vault& vault, const GraphSelection& selection,
                      const ExportOptions& options) {
  const std::string name = xml_escape(vault_display_name(vault));
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"vaultlint\">\n"
      << "<title>" << name << " \u2014 vaultlint graph</title>\n"
      << "<style>\n" << web_asset_graph_css() << "</style>\n</head>\n<body>\n"
      << R"(<header>
<h1>vaultlint graph: <span id="vault-name"></span></h1>
<div id="counts"><span id="total-notes"></span> notes, <span id="total-links"></span> links &middot; showing <span id="shown-notes"></span> notes, <span id="shown-links"></span> links, <span id="shown-broken"></span> broken references &middot; <span id="view-mode"></span></div>
<div id="search-box"><input id="search" type="search" placeholder="Search notes by title, id, path or alias" autocomplete="off"><ul id="results"></ul></div>
<div id="large-note"></div>
</header>
<nav id="filters">
<h2>View</h2>
<label class="filter"><input id="neighbourhood" type="checkbox"> neighbourhood only</label>
<label class="filter">depth <select id="depth"><option>1</option><option>2</option><option>3</option></select></label>
<h2>Note types</h2><div id="type-filters"></div>
<h2>Tag</h2><select id="tag-filter"></select>
<h2>Edge kinds</h2><div id="kind-filters"></div>
<h2>Broken</h2><div id="broken-filter"></div>
</nav>
<main id="graph"></main>
<aside id="panel"><p>Click a note, or search for one, to see its front matter, backlinks and findings.</p></aside>
<script id="vaultlint-data" type="application/json">)"
      << graph_page_data(vault, selection, options) << "</script>\n<script>\n"
      << web_asset_cytoscape_js() << "\n</script>\n<script>\n"
      << web_asset_graph_js() << "</script>\n</body>\n</html>\n";
}

}  // namespace vaultlint
