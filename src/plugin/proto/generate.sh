#!/bin/sh
# Regenerates the static protobuf code (no .proto parsing at run time): npm run proto:plugin
set -e
cd "$(dirname "$0")"
opts="-t static-module -w commonjs --no-create --no-verify --no-convert --no-delimited --no-typeurl --no-service --force-number"
tmp=$(mktemp -d)
npx pbjs $opts -o "$tmp/tfplugin6.js" tfplugin6.proto
npx pbts --no-comments -o generated/tfplugin6.d.ts "$tmp/tfplugin6.js"
npx pbjs $opts --no-comments -o generated/tfplugin6.js tfplugin6.proto
rm -rf "$tmp"
