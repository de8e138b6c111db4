#!/usr/bin/env bash
# Regenerates the tray icons in assets/tray with ImageMagick 6 (`convert`):
#   macos/tray-<state>Template.png (16 px) and tray-<state>Template@2x.png (32 px): black + alpha
#     only, so macOS tints them for light and dark menu bars (a template image);
#   windows/tray-<state>.ico: one ICO holding 16, 20, 24, 32, 40, 48 and 64 px (100-400 % DPI);
#   linux/tray-<state>-<size>.png at 22, 32, 48 and 64 px.
# States: idle, new (a dot), error (a dot with "!"), paused (dimmed, two bars).
# The glyph is three stacked message bars, drawn once at 256 px and scaled down.
# Usage: bash tests/support/make-tray-icons.sh   (from anywhere; writes next to the repo's assets)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/assets/tray"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/macos" "$out/windows" "$out/linux"

# No timestamps or tool comments in the files, so a rerun reproduces them byte for byte.
strip=(-strip -define png:exclude-chunks=date,time)

bars() { # colour opacity → the three message bars, with room cut out top right for a badge
  local colour="$1" opacity="$2"
  convert -size 256x256 xc:none -fill "$colour" \
    -draw "roundrectangle 20,36 236,80 16,16" \
    -draw "roundrectangle 20,106 236,150 16,16" \
    -draw "roundrectangle 20,176 236,220 16,16" \
    -channel A -evaluate multiply "$opacity" +channel "$work/bars.png"
}

badge_hole() { # clears a ring around where the badge goes, so it reads apart from the bars
  convert "$1" \( -size 256x256 xc:none -fill black -draw "circle 196,60 196,-10" \) \
    -compose DstOut -composite "$1"
}

master() { # state glyph badge mark → $work/<state>-<glyph>.png at 256 px
  local state="$1" glyph="$2" badge="$3" mark="$4" dim="$5"
  local file="$work/$state-$glyph.png"
  bars "$glyph" "$dim"
  cp "$work/bars.png" "$file"
  case "$state" in
    new)
      badge_hole "$file"
      convert "$file" -fill "$badge" -draw "circle 196,60 196,10" "$file"
      ;;
    error)
      badge_hole "$file"
      convert "$file" -fill "$badge" -draw "circle 196,60 196,4" "$file"
      # The "!" is cut out of (template) or painted on (colour) the badge.
      if [ "$mark" = "cut" ]; then
        convert "$file" \( -size 256x256 xc:none -fill black \
          -draw "roundrectangle 186,22 206,74 8,8" -draw "circle 196,94 196,83" \) \
          -compose DstOut -composite "$file"
      else
        convert "$file" -fill "$mark" \
          -draw "roundrectangle 186,22 206,74 8,8" -draw "circle 196,94 196,83" "$file"
      fi
      ;;
    paused)
      badge_hole "$file"
      convert "$file" -fill "$badge" \
        -draw "roundrectangle 160,8 186,112 8,8" -draw "roundrectangle 206,8 232,112 8,8" "$file"
      ;;
  esac
}

for state in idle new error paused; do
  # macOS template: black only; paused is a dimmed template (alpha carries the difference).
  dim=1
  [ "$state" = paused ] && dim=0.45
  master "$state" black black cut "$dim"
  for size in 16 32; do
    suffix=""
    [ "$size" = 32 ] && suffix="@2x"
    convert "$work/$state-black.png" -resize "${size}x${size}" \
      -channel RGB -evaluate set 0 +channel "${strip[@]}" \
      "PNG32:$out/macos/tray-${state}Template${suffix}.png"
  done

  # Windows and Linux: orange bars (readable on light and dark taskbars), coloured badges.
  case "$state" in
    idle) master idle '#e8590c' none none 1 ;;
    new) master new '#e8590c' '#1c7ed6' none 1 ;;
    error) master error '#e8590c' '#e03131' white 1 ;;
    paused) master paused '#868e96' '#495057' none 1 ;;
  esac
  colour_master="$work/$state-$(
    case "$state" in
      paused) echo '#868e96' ;;
      *) echo '#e8590c' ;;
    esac
  ).png"
  convert "$colour_master" "${strip[@]}" -define icon:auto-resize=64,48,40,32,24,20,16 \
    "$out/windows/tray-$state.ico"
  for size in 22 32 48 64; do
    convert "$colour_master" -resize "${size}x${size}" "${strip[@]}" \
      "PNG32:$out/linux/tray-$state-$size.png"
  done
done

echo "tray icons written to $out"
