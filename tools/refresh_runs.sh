#!/usr/bin/env bash
# Refreshes the committed runs and the pages that show them, through one code path: for each run,
# `invnb_reproduce` into runs/NAME (finished units there are reused when options, data and invnb's
# version match; --fresh deletes runs/NAME first), a copy of its report.md, results.json and figures
# into nbs/assets/NAME/ (for digits-c4 also the weights of every unit, which the concept pages load),
# then the pages that read those assets are executed and cleaned
# (tools/run_nb.sh, the same per-cell timeout for every page) and README.md is regenerated.
# Commit the changed files afterwards.
#   bash tools/refresh_runs.sh [--fresh] [digits-c4 mnist-c4 digits-c4-cnn mnist-c4-cnn | all]   (default: all)
# The MNIST runs read $INVNB_MNIST, by default ../shared/data/mnist (MNIST's 10,000 test images, which
# idx_folder splits 8,000 / 2,000, stratified), through a link runs/mnist inside the repository, so that
# the committed reports' command lines name no path outside it. Nothing at run time needs that folder:
# the pages read only the committed assets. Times on 2 CPU cores: digits seconds to minutes, MNIST MLP minutes,
# MNIST CNN about 35 minutes (each report's timing section says what its run took).
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=0; names=()
for a in "$@"; do
  case "$a" in --fresh) fresh=1 ;; all) names+=(digits-c4 mnist-c4 digits-c4-cnn mnist-c4-cnn) ;; *) names+=("$a") ;; esac
done
[ ${#names[@]} -gt 0 ] || names=(digits-c4 mnist-c4 digits-c4-cnn mnist-c4-cnn)
options() {  # the options of each committed run, and the page that shows it
  case "$1" in
    digits-c4)     echo "--data digits --group c4" ;;
    mnist-c4)      echo "--data runs/mnist --group c4 --hidden 256,256 --epochs 15" ;;
    digits-c4-cnn) echo "--arch cnn" ;;
    mnist-c4-cnn)  echo "--arch cnn --data runs/mnist --group c4" ;;
    *) echo "refresh_runs: unknown run '$1': use digits-c4, mnist-c4, digits-c4-cnn, mnist-c4-cnn or all" >&2; return 2 ;;
  esac
}
page() { case "$1" in digits-c4) echo nbs/{index,05_training,06_metrics,07_profiles,08_regularization,09_shift,10_spectral,12_claims,14_reproduce,17_lie,paper,mnist,cnn}.ipynb ;; mnist-c4) echo nbs/mnist.ipynb ;; *) echo nbs/cnn.ipynb ;; esac; }
for n in "${names[@]}"; do options "$n" >/dev/null; done          # every name is known before anything runs
bash tools/setup.sh
mkdir -p runs
pages=()
for n in "${names[@]}"; do
  if [[ "$n" == mnist* ]]; then
    MNIST=${INVNB_MNIST:-../shared/data/mnist}
    [ -d "$MNIST" ] || { echo "refresh_runs: no MNIST IDX folder at '$MNIST': set INVNB_MNIST to a folder holding t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz]" >&2; exit 1; }
    rm -rf runs/mnist; ln -s "$(cd "$MNIST" && pwd)" runs/mnist
  fi
  [ "$fresh" = 0 ] || rm -rf "runs/$n"
  # shellcheck disable=SC2046
  .venv/bin/invnb_reproduce $(options "$n") --out "runs/$n" --quiet
  mkdir -p "nbs/assets/$n"; rm -f "nbs/assets/$n"/*.*
  cp "runs/$n"/report.md "runs/$n"/results.json "runs/$n"/fig_*.png "nbs/assets/$n/"
  if [ "$n" = digits-c4 ]; then          # the networks the concept pages show (load_trained): every unit's weights, 4.9 MB
    rm -rf "nbs/assets/$n/units"; mkdir -p "nbs/assets/$n/units"; cp "runs/$n"/units/*.pt "nbs/assets/$n/units/"
    # how far rounding moves these networks, measured against the new run (nbs/assets/numerics.json; ~8 minutes on 2 cores)
    [ "$fresh" = 0 ] || rm -rf runs/numerics
    .venv/bin/python tools/numerics.py spread --write
  fi
  for p in $(page "$n"); do [[ " ${pages[*]:-} " == *" $p "* ]] || pages+=("$p"); done
done
bash tools/run_nb.sh nbs/13_report.ipynb "${pages[@]}"        # the report page re-renders every committed report
.venv/bin/python tools/make_readme.py
