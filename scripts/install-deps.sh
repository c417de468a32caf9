#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build, test and run-time dependency of Custodia from Debian 12
# packages. Idempotent: when everything is present it prints nothing and exits 0.
set -euo pipefail

packages=(
  # build
  cmake ninja-build ccache g++ clang libclang-rt-14-dev pkg-config git
  # crypto and storage
  libsodium-dev libssl-dev openssl libsqlcipher-dev libmagic-dev
  nlohmann-json3-dev libcli11-dev zlib1g-dev libzip-dev libqrencode-dev libzxcvbn-dev
  # GUI (Qt 6 Quick)
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtcore qml6-module-qtqml-models qml6-module-qttest
  qt6-multimedia-dev qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-libav qt6-translations-l10n libgl-dev
  # redaction (R7): OCR, patterns, faces, video decoding and encoding
  libtesseract-dev libleptonica-dev tesseract-ocr-ita tesseract-ocr-eng libphonenumber-dev
  libopencv-dev opencv-data libavformat-dev libavcodec-dev libswscale-dev libswresample-dev libavutil-dev libxcb1-dev
  # tests: reference tools and fixtures
  catch2 age sqlcipher faketime coreutils ffmpeg imagemagick xvfb xauth libavdevice-dev
  poppler-utils python3 procps util-linux tzdata file fonts-dejavu-core libimage-exiftool-perl
  zbar-tools unzip x11-utils xdotool inotify-tools
  # redaction quality set: generator and scorer (tests/redaction-eval)
  python3-pil python3-numpy python3-opencv fonts-roboto-unhinted fonts-noto-core fonts-liberation2
  tesseract-ocr
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
