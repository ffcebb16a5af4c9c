#!/usr/bin/env bash
# Refreshes the results page on real MNIST (nbs/mnist.ipynb): runs the study on an IDX folder with
# settings fit for 28×28 images, copies its report, results.json and figures into
# nbs/assets/mnist-c4/, executes the page and cleans it. Commit the changed files afterwards.
# The folder is $INVNB_MNIST, by default ../shared/data/mnist (MNIST's 10,000 test images, which
# idx_folder splits 8,000 / 2,000, stratified). Nothing at run time needs that folder: the page reads
# only the committed assets. On a connected machine the full protocol is `--data mnist` (60k / 10k).
# Extra arguments go to invnb_reproduce.
set -euo pipefail
cd "$(dirname "$0")/.."
MNIST=${INVNB_MNIST:-../shared/data/mnist}
if [ ! -d "$MNIST" ]; then
  echo "mnist_page: no MNIST IDX folder at '$MNIST': set INVNB_MNIST to a folder holding t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz] (or the train pair too)" >&2
  exit 1
fi
bash tools/setup.sh
# The run reads the folder through a link inside the repository, so that the committed report's command
# line names no path outside it (runs/ is ignored by git).
mkdir -p runs; rm -rf runs/mnist-c4 runs/mnist; ln -s "$(cd "$MNIST" && pwd)" runs/mnist
.venv/bin/invnb_reproduce --data runs/mnist --group c4 --hidden 256,256 --epochs 15 --out runs/mnist-c4 --quiet "$@"
mkdir -p nbs/assets/mnist-c4
rm -f nbs/assets/mnist-c4/*
cp runs/mnist-c4/report.md runs/mnist-c4/results.json runs/mnist-c4/fig_*.png nbs/assets/mnist-c4/
bash tools/run_nb.sh nbs/mnist.ipynb
