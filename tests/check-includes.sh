#!/bin/sh
# The include rules of STYLE.md, checked: every #include "…" of a module may
# only name the modules its row allows, and layouts/ (and the plain-data
# modules) never include cairo, pango, libpng or librsvg (render/ draws
# SVG images; nothing else may), and only cli/ includes libsoup (the
# preview's server is the command's, not the library's). Prints TAP.
cd "$(dirname "$0")/.." || exit 1

allowed() {  # module -> allowed quoted-include prefixes
    case $1 in
    core)    echo "core tujie" ;;
    data)    echo "core data tujie" ;;
    spec)    echo "core spec tujie" ;;
    scene)   echo "core scene tujie" ;;
    segment) echo "core segment tujie" ;;
    icons)   echo "core scene icons tujie" ;;
    fonts)   echo "core fonts tujie" ;;
    layouts) echo "core data spec segment scene layouts fonts/measure.h icons/shape.h tujie" ;;
    render)  echo "core scene fonts render" ;;
    extract) echo "core data segment extract tujie" ;;
    auto)    echo "core data bind/bind.h auto tujie" ;;
    cli)     echo "cli tujie/tujie.h" ;;
    bind)    echo "core data spec segment scene fonts/measure.h icons layouts render/render.h bind tujie" ;;
    batch)   echo "core spec scene fonts render bind/bind.h batch tujie" ;;
    api)     echo "core data spec segment scene fonts icons layouts render bind extract api tujie" ;;
    esac
}
allowed_file() {  # file -> extra prefixes for that one file
    case $1 in
    # batch's one door into the spec → scene binding (batch/batch-private.h)
    batch/batch-bind.c) echo "api/spec-private.h api/output.h" ;;
    esac
}
banned_system() {  # module -> regex of forbidden <…> includes
    case $1 in
    core|data|segment|scene|layouts|bind|batch|extract|auto) echo '^(cairo|pango|png\.h|fontconfig|ft2build|yaml\.h|librsvg|libsoup)' ;;
    cli) echo '^(cairo|pango|png\.h|fontconfig|ft2build|yaml\.h|librsvg)' ;;
    spec) echo '^(cairo|pango|png\.h|fontconfig|ft2build|librsvg|libsoup)' ;;
    fonts) echo '^(png\.h|yaml\.h|librsvg|libsoup)' ;;
    icons) echo '^(cairo|pango|png\.h|fontconfig|yaml\.h|librsvg|libsoup)' ;;
    render) echo '^(yaml\.h|libsoup)' ;;
    *) echo '^(libsoup)' ;;
    esac
}

n=0; bad=0
for m in core data spec segment scene fonts icons layouts render bind batch extract auto cli api; do
    [ -d "$m" ] || continue
    for f in "$m"/*.c "$m"/*.h; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        errs=""
        for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
            ok=no
            for a in $(allowed "$m") $(allowed_file "$f"); do
                case $inc in "$a"|"$a"/*) ok=yes ;; esac
            done
            [ $ok = yes ] || errs="$errs \"$inc\""
        done
        re=$(banned_system "$m")
        for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([^>]*\)>.*/\1/p' "$f" |
                     grep -E "$re"); do
            errs="$errs <$inc>"
        done
        if [ -n "$errs" ]; then
            bad=$((bad + 1))
            echo "not ok $n - $f includes$errs (not allowed for $m/, see STYLE.md)"
        else
            echo "ok $n - $f"
        fi
    done
done
# render/ takes resolved options (render.h: TjRenderOptions), never the
# public option struct, and never prints (diagnostics go to a TjDiagList)
for f in render/*.c render/*.h; do
    n=$((n + 1))
    hits=$(grep -nE 'TjOutputOptions|g_printerr|g_print *\(|[^_a-z]printf *\(|f(put|print)[a-z]* *\(.*std(err|out)' "$f" | grep -v '^[0-9]*: *\*' | head -3)
    if [ -n "$hits" ]; then
        bad=$((bad + 1))
        echo "not ok $n - $f uses the public options or prints: $hits"
    else
        echo "ok $n - $f takes TjRenderOptions, does not print"
    fi
done
echo "1..$n"
[ $bad -eq 0 ]
