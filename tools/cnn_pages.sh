#!/usr/bin/env bash
# Refreshes the results of the CNN study on the page nbs/cnn.ipynb: runs `invnb_reproduce --arch cnn`
# on the offline digits (defaults) and on real MNIST, copies each run's report, results.json and
# figures into nbs/assets/digits-c4-cnn/ and nbs/assets/mnist-c4-cnn/, executes the page and cleans it.
# Commit the changed files afterwards. Finished units in runs/ are reused (same options, data and invnb
# version), so a rerun after a change to how claims are decided takes seconds; delete runs/digits-c4-cnn or
# runs/mnist-c4-cnn for a fresh run (the reports' timing lines say which it was, and what the units took).
#   bash tools/cnn_pages.sh            # both runs
#   bash tools/cnn_pages.sh digits     # only the digits run (or: mnist)
# MNIST is read from $INVNB_MNIST, by default ../shared/data/mnist (the 10,000 MNIST test images, split
# 8,000 / 2,000 by idx_folder). Its settings: 15 epochs at lr 3e-3 (at the CNN default 1e-2 the G-CNN
# stays at chance on MNIST) and the main λ only; it took about an hour on 2 CPU cores. Nothing at run time needs that folder: the page reads
# only the committed assets.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
bash tools/setup.sh
mkdir -p runs
copy() { mkdir -p "nbs/assets/$2"; rm -f "nbs/assets/$2"/*; cp "runs/$1"/report.md "runs/$1"/results.json "runs/$1"/fig_*.png "nbs/assets/$2/"; }
if [ "$what" = all ] || [ "$what" = digits ]; then
  .venv/bin/invnb_reproduce --arch cnn --out runs/digits-c4-cnn --quiet
  copy digits-c4-cnn digits-c4-cnn
fi
if [ "$what" = all ] || [ "$what" = mnist ]; then
  MNIST=${INVNB_MNIST:-../shared/data/mnist}
  if [ ! -d "$MNIST" ]; then
    echo "cnn_pages: no MNIST IDX folder at '$MNIST': set INVNB_MNIST to a folder holding t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz]" >&2
    exit 1
  fi
  # read through a link inside the repository, so that the committed report's command names no outside path (runs/ is ignored)
  rm -rf runs/mnist; ln -s "$(cd "$MNIST" && pwd)" runs/mnist
  .venv/bin/invnb_reproduce --arch cnn --data runs/mnist --group c4 --epochs 15 --lr 0.003 --lams 1 --out runs/mnist-c4-cnn --quiet
  copy mnist-c4-cnn mnist-c4-cnn
fi
bash tools/run_nb.sh nbs/cnn.ipynb
