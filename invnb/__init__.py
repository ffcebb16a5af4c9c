"Learned versus genuine invariance in neural networks. The main names, importable from `invnb` itself; each module's notebook documents them."
__version__ = "0.1.0"
from .groups import Group, rotations, flips, dihedral, translations, orbit_mean, resampled_rotations
from .data import Data, digits, idx_folder, torchvision_data, load_data, batches, OrbitAugment
from .models import (MLP, GroupPool, InvariantLinear, tie_weights, group_pool, SmallCNN, relative_invariance_error, first_layer_genuineness,
                     GCNN, LiftingConv, GroupConv, lifting_conv, group_conv, regular_act, kernel_group, SymmetricMaxPool2d,
                     symmetric_max_pool2d, symmetric_grid, first_layer)
from .train import fit, evaluate, History, KINDS, ARCHS, build_model, train_kind, gcnn_channels
from .regularize import invariance_loss, InvarianceRegularizer
from .metrics import (invariance_report, predictive_distribution_invariance, logit_invariance, saliency_invariance_similarity,
                      saliency_maps, orbit_accuracy, orbit_consistency, worst_case_invariance_error)
from .profiles import invariance_by_element, layer_invariance, equivariance_error, layer_equivariance, first_broken_layer
from .shift import Shift, default_shifts, evaluate_under_shift, plot_shift
from .spectral import weight_spectra, input_jacobians, jacobian_spectra, sensitivity
from .config import Config
from .claims import evaluate_claims
from .report import show_report
from .reproduce import measure   # not `reproduce`: it would shadow the module invnb.reproduce
from .checks import check_images, check_labels, check_logits
from .testing import assert_invariant, assert_equivariant, exactness, layer_errors
from .lie import lie_derivative, lie_profile, transform_images

__all__ = ['Group', 'rotations', 'flips', 'dihedral', 'translations', 'orbit_mean', 'resampled_rotations',
           'Data', 'digits', 'idx_folder', 'torchvision_data', 'load_data', 'batches', 'OrbitAugment',
           'MLP', 'GroupPool', 'InvariantLinear', 'tie_weights', 'group_pool', 'SmallCNN', 'relative_invariance_error', 'first_layer_genuineness',
           'GCNN', 'LiftingConv', 'GroupConv', 'lifting_conv', 'group_conv', 'regular_act', 'kernel_group', 'SymmetricMaxPool2d',
           'symmetric_max_pool2d', 'symmetric_grid', 'first_layer',
           'fit', 'evaluate', 'History', 'KINDS', 'ARCHS', 'build_model', 'train_kind', 'gcnn_channels',
           'invariance_loss', 'InvarianceRegularizer',
           'invariance_report', 'predictive_distribution_invariance', 'logit_invariance', 'saliency_invariance_similarity',
           'saliency_maps', 'orbit_accuracy', 'orbit_consistency', 'worst_case_invariance_error', 'invariance_by_element',
           'layer_invariance', 'equivariance_error', 'layer_equivariance', 'first_broken_layer',
           'Shift', 'default_shifts', 'evaluate_under_shift', 'plot_shift',
           'weight_spectra', 'input_jacobians', 'jacobian_spectra', 'sensitivity',
           'Config', 'measure', 'evaluate_claims', 'show_report',
           'check_images', 'check_labels', 'check_logits',
           'assert_invariant', 'assert_equivariant', 'exactness', 'layer_errors',
           'lie_derivative', 'lie_profile', 'transform_images']
