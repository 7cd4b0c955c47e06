<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../explorer/core/functions/activations.py" line="+125"/>
        <source>α = negative_slope: the slope for x &lt; 0 (Keras 3 default 0.2).</source>
        <translation>α = negative_slope: x &lt; 0에서의 기울기 (Keras 3 기본값 0.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>α: ELU tends to −α for very negative x (Keras default 1.0).</source>
        <translation>α: x가 아주 작은 음수일 때 ELU가 다가가는 값이 −α입니다 (Keras 기본값 1.0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the tanh approximation instead of the exact erf form (keras.activations.gelu defaults to exact).</source>
        <translation>정확한 erf 식 대신 tanh 근사를 씁니다 (keras.activations.gelu의 기본값은 정확한 식).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step (threshold)</source>
        <translation>계단 함수 (임계값)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The perceptron&apos;s threshold. Its derivative is 0 almost everywhere, so gradient descent cannot learn through it. Not a Keras activation.</source>
        <translation>퍼셉트론의 임계값 함수입니다. 도함수가 거의 모든 곳에서 0이라 경사하강법으로 학습할 수 없습니다. Keras의 활성화 함수가 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output layer of binary classification. Saturates for |x| ≳ 5: vanishing gradients.</source>
        <translation>이진 분류의 출력층에 씁니다. |x| ≳ 5에서 포화되어 기울기 소실이 생깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard sigmoid</source>
        <translation>하드 시그모이드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cheap piecewise-linear sigmoid (Keras 3 definition).</source>
        <translation>계산이 싼 구간별 선형 시그모이드입니다 (Keras 3 정의).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zero-centred sigmoid; still saturates for large |x|.</source>
        <translation>0을 중심으로 한 시그모이드입니다. |x|가 크면 여전히 포화됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default for hidden layers: gradient 1 where active, 0 where not (&apos;dead&apos;).</source>
        <translation>은닉층의 기본 선택입니다. 활성 구간에서 기울기 1, 아니면 0(&apos;죽은&apos; 뉴런)입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keeps a small gradient for x &lt; 0, so units cannot die.</source>
        <translation>x &lt; 0에서도 작은 기울기를 남겨 뉴런이 죽지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReLU capped at 6 (mobile networks).</source>
        <translation>6에서 잘린 ReLU입니다 (모바일용 신경망).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smooth for x &lt; 0, mean activation closer to 0.</source>
        <translation>x &lt; 0에서 매끄럽고, 평균 출력이 0에 더 가깝습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Self-normalising: with lecun_normal weights activations keep mean 0, variance 1.</source>
        <translation>자기 정규화: lecun_normal 가중치와 함께 쓰면 출력이 평균 0, 분산 1을 유지합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smooth ReLU used in Transformers; Φ is the normal CDF.</source>
        <translation>트랜스포머에 쓰이는 매끄러운 ReLU입니다. Φ는 정규분포의 누적분포함수입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keras also accepts the name &apos;swish&apos;.</source>
        <translation>Keras에서는 &apos;swish&apos;라는 이름도 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A smooth ReLU; always positive.</source>
        <translation>매끄러운 ReLU이며 항상 양수입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Like tanh but approaches ±1 polynomially, so it saturates more slowly.</source>
        <translation>tanh와 비슷하지만 ±1에 다항식 속도로 다가가서 더 천천히 포화됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exponential</source>
        <translation>지수 함수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows without bound: e¹⁰⁰⁰⁰ is ∞ in Keras too.</source>
        <translation>한없이 커집니다. Keras에서도 e¹⁰⁰⁰⁰은 ∞입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear (identity)</source>
        <translation>선형 (항등 함수)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activation: the output layer of regression. Stacked linear layers stay linear.</source>
        <translation>활성화가 없습니다: 회귀의 출력층에 씁니다. 선형 층을 여러 개 쌓아도 선형입니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Normal  N(μ, σ²)</source>
        <translation>정규분포  N(μ, σ²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uniform  [μ − σ, μ + σ]</source>
        <translation>균등분포  [μ − σ, μ + σ]</translation>
    </message>
</context>
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/activations_page.py" line="+73"/>
        <source>Tick up to {count} functions to compare</source>
        <translation>비교할 함수를 {count}개까지 체크하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left end of the x range</source>
        <translation>x 범위의 왼쪽 끝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right end of the x range</source>
        <translation>x 범위의 오른쪽 끝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show derivatives f′ (dashed)</source>
        <translation>도함수 f′ 보기 (점선)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What backpropagation multiplies by at each layer</source>
        <translation>역전파가 층마다 곱하는 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x from</source>
        <translation>x 범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: tanh approximation</source>
        <translation>{name}: tanh 근사</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulas</source>
        <translation>수식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solid: f(x)  ·  dashed: f′(x)</source>
        <translation>실선: f(x)  ·  점선: f′(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the mouse over the plot to read f(x) and f′(x)</source>
        <translation>그래프 위로 마우스를 움직이면 f(x)와 f′(x)를 읽을 수 있습니다</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>undefined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most {count} functions at once (one colour each): untick one first.</source>
        <translation>한 번에 최대 {count}개 함수까지 볼 수 있습니다 (함수마다 한 색). 먼저 하나의 체크를 해제하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The range must go from a smaller to a larger x ({low} ≥ {high}); kept {start} … {end}.</source>
        <translation>범위는 작은 x에서 큰 x로 가야 합니다 ({low} ≥ {high}). {start} … {end}을(를) 유지합니다.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Tick a function above.</source>
        <translation>위에서 함수를 체크하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in Keras</source>
        <translation>Keras에 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output range: {range}</source>
        <translation>출력 범위: {range}</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <location filename="../../explorer/ui/animation.py" line="+21"/>
        <location line="+69"/>
        <source>Encoding MP4 …</source>
        <translation>MP4 인코딩 중 …</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Encoding GIF …</source>
        <translation>GIF 인코딩 중 …</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Drawing frames …</source>
        <translation>프레임 그리는 중 …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
</context>
<context>
    <name>BasinView</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/basin_view.py" line="+241"/>
        <source>Racers</source>
        <translation>주자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The racer whose optimizer and hyper-parameters map number {k} shows</source>
        <translation>{k}번 지도에 옵티마이저와 하이퍼파라미터를 보여 줄 주자</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts per side of the grid: the map races grid × grid starts (grid in 1-D)</source>
        <translation>격자 한 변의 시작점 수: 지도는 격자 × 격자 개의 시작점에서 경주합니다 (1차원에서는 격자 개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour: where each start ended; darker: more steps needed. Click a start to race from it.</source>
        <translation>색: 각 시작점이 도달한 곳. 어두울수록 스텝이 더 필요했습니다. 시작점을 클릭하면 그곳에서 경주합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the starts that ended in each outcome</source>
        <translation>각 결과에 도달한 시작점의 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a start: the race restarts from there</source>
        <translation>시작점을 클릭하면 경주가 그곳에서 다시 시작합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basins</source>
        <translation>수렴 영역</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basins of attraction: from every start of a grid, where each racer ends</source>
        <translation>수렴 영역(끌개 영역): 격자의 모든 시작점에서 각 주자가 어디에 도달하는지</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>choose a racer</source>
        <translation>주자를 고르세요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computing the basin map of {name}…</source>
        <translation>{name}의 수렴 영역 지도를 계산하는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(computing…)</source>
        <translation>(계산 중…)</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/batch_panel.py" line="+42"/>
        <source>Regression (numbers)</source>
        <translation>회귀 (숫자)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary, probabilities</source>
        <translation>이진 분류, 확률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary, logits (scores)</source>
        <translation>이진 분류, 로짓 (점수)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-class, one-hot</source>
        <translation>다중 분류, 원-핫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-class, integer labels</source>
        <translation>다중 분류, 정수 레이블</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batch mean</source>
        <translation>배치 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-sample loss</source>
        <translation>샘플별 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fits</source>
        <translation>맞는 문제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output activation</source>
        <translation>출력층 활성화 함수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type numbers separated by commas or spaces; a row is one sample. Keras&apos;s model.fit/evaluate report the batch mean of the per-sample losses. Regression → mse/mae/huber with a linear output; binary 0/1 → binary_crossentropy with sigmoid; multi-class one-hot → categorical_crossentropy with softmax; integer labels → sparse_categorical_crossentropy with softmax.</source>
        <translation>숫자를 쉼표나 공백으로 구분해 입력하세요. 한 행이 샘플 하나입니다. Keras의 model.fit/evaluate는 샘플별 손실의 배치 평균을 보고합니다. 회귀 → 선형 출력과 mse/mae/huber, 이진 0/1 → sigmoid와 binary_crossentropy, 다중 분류 원-핫 → softmax와 categorical_crossentropy, 정수 레이블 → softmax와 sparse_categorical_crossentropy.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Load an example…</source>
        <translation>예제 불러오기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the batch with an example for one kind of problem</source>
        <translation>배치를 한 종류의 문제에 맞는 예제로 바꿉니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ row</source>
        <translation>+ 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a sample (at most {most})</source>
        <translation>샘플 추가 (최대 {most}개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− row</source>
        <translation>− 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last sample</source>
        <translation>마지막 샘플 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y_true: the label(s) · y_pred: the model&apos;s output(s).
One-hot rows like 0, 1, 0; integer labels like 2.</source>
        <translation>y_true: 정답 레이블 · y_pred: 모델의 출력.
원-핫 행은 0, 1, 0처럼, 정수 레이블은 2처럼 입력합니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>⚠ {error}. Kept the previous value.</source>
        <translation>⚠ {error}. 이전 값을 유지했습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>does not apply: {reason}</source>
        <translation>적용 안 됨: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Does not apply: {reason}.</source>
        <translation>적용 안 됨: {reason}.</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/boundary.py" line="+129"/>
        <source>colour: the target value (cividis)</source>
        <translation>색: 목표값 (cividis)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filled: training, hollow: test</source>
        <translation>채운 점: 훈련, 빈 점: 테스트</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Left: the network&apos;s output at every point of the plane, with the training (filled) and test (hollow) points. Right: the first hidden layer&apos;s neurons, one small map each.</source>
        <translation>왼쪽: 평면의 모든 점에서 신경망이 내는 출력과 훈련(채운 점)·테스트(빈 점) 데이터. 오른쪽: 첫 번째 은닉층의 뉴런, 뉴런마다 작은 지도 하나.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>click: add a point · right-click: remove the nearest</source>
        <translation>클릭: 점 추가 · 오른쪽 클릭: 가장 가까운 점 삭제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss and accuracy of the training, validation and test splits appear here after the first epoch.</source>
        <translation>첫 에포크가 끝나면 훈련·검증·테스트 데이터의 손실과 정확도가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>First hidden layer: {n} neurons. Train to see what each computes over the plane.</source>
        <translation>첫 번째 은닉층: 뉴런 {n}개. 학습시키면 각 뉴런이 평면 위에서 무엇을 계산하는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First hidden layer: {n} neuron. Train to see what each computes over the plane.</source>
        <translation>첫 번째 은닉층: 뉴런 {n}개. 학습시키면 뉴런이 평면 위에서 무엇을 계산하는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hidden layer: the output is a single neuron of the inputs.</source>
        <translation>은닉층 없음: 출력은 입력을 받는 뉴런 하나입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train to see the model&apos;s output over the plane.</source>
        <translation>학습시키면 평면 위에서 모델의 출력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{what}.</source>
        <translation>{what}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>First hidden layer: what each of its {n} neurons computes over the plane (the first {shown} of {n}), in reading order h1, h2, … ({columns} per row). Cividis, each map on its own scale: dark low, yellow high.</source>
        <translation>첫 번째 은닉층: 뉴런 {n}개가 각각 평면 위에서 계산하는 값({n}개 중 처음 {shown}개), 읽는 순서 h1, h2, … (한 줄에 {columns}개). Cividis, 지도마다 각자의 범위: 어두울수록 낮고 노랄수록 높음.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First hidden layer: what each of its {n} neurons computes over the plane, in reading order h1, h2, … ({columns} per row). Cividis, each map on its own scale: dark low, yellow high.</source>
        <translation>첫 번째 은닉층: 뉴런 {n}개가 각각 평면 위에서 계산하는 값, 읽는 순서 h1, h2, … (한 줄에 {columns}개). Cividis, 지도마다 각자의 범위: 어두울수록 낮고 노랄수록 높음.</translation>
    </message>
</context>
<context>
    <name>ClassPlot</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/plots.py" line="+277"/>
        <source>w = 0: y = {side} everywhere</source>
        <translation>w = 0: 어디서나 y = {side}</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <location filename="../../explorer/ui/code_view.py" line="+54"/>
        <source>Code — {lab}</source>
        <translation>코드 — {lab}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TensorFlow/Keras program that computes what the lab shows, with the lab&apos;s numbers. Run it with python, or open the notebook in Jupyter.</source>
        <translation>실험실이 보여 주는 것을 실험실의 숫자 그대로 계산하는 TensorFlow/Keras 프로그램입니다. python으로 실행하거나 Jupyter에서 노트북을 여세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole program to the clipboard</source>
        <translation>프로그램 전체를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save .py…</source>
        <translation>.py로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the program as a Python script (with its data files beside it)</source>
        <translation>프로그램을 Python 스크립트로 저장합니다 (데이터 파일은 옆에 함께 저장)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save .ipynb…</source>
        <translation>.ipynb로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the program as a Jupyter notebook, each step explained</source>
        <translation>프로그램을 단계마다 설명이 붙은 Jupyter 노트북으로 저장합니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Python scripts (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 노트북 (*.ipynb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save code</source>
        <translation>코드 저장</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../explorer/core/nn/compare/engine.py" line="+61"/>
        <source>finished {epochs} epochs</source>
        <translation>{epochs} 에포크를 마쳤습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {epochs} epochs</source>
        <translation>{epochs} 에포크 후 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/compare/lineup.py" line="+23"/>
        <source>compare {low}–{high} optimizers, not {count}</source>
        <translation>옵티마이저는 {low}–{high}개를 비교합니다({count}개가 아니라)</translation>
    </message>
</context>
<context>
    <name>CompareLandscapeView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/compare_landscape.py" line="+59"/>
        <source>Compute landscape</source>
        <translation>지형 계산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss on the plane of the first two principal components of all the optimizers&apos; weight paths together (after a run, or while paused)</source>
        <translation>모든 옵티마이저의 가중치 경로를 함께 본 첫 두 주성분 평면 위의 손실 (학습이 끝난 뒤나 일시 정지 중에)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Race optimizers here ▸</source>
        <translation>여기서 옵티마이저 경주 ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this slice as a loss surface in the Optimizer Lab and race optimizers on it</source>
        <translation>이 단면을 옵티마이저 실험실에서 손실 곡면으로 열고 그 위에서 옵티마이저를 경주시킵니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Computing the landscape: {percent} %</source>
        <translation>지형 계산 중: {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The landscape could not be computed: {error}</source>
        <translation>지형을 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preparing the slice as a surface (TensorFlow)…</source>
        <translation>단면을 곡면으로 준비하는 중 (TensorFlow)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Train the comparison, then press Compute landscape: every optimizer&apos;s path on one slice of the loss.</source>
        <translation>비교 학습을 한 뒤 지형 계산을 누르세요: 모든 옵티마이저의 경로를 손실의 한 단면 위에 그립니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{racer}: {percent} %</source>
        <translation>{racer}: {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Origin (0, 0), the white square: the common initial weights every optimizer started from. Each path lies at most this far off the plane (relative to how far it went): {off}; a large value means the line shows the path&apos;s shadow.</source>
        <translation>원점 (0, 0), 흰 사각형: 모든 옵티마이저가 출발한 같은 초기 가중치입니다. 각 경로가 평면에서 벗어난 최대 거리(이동한 거리에 대한 비율): {off}. 값이 크면 선은 경로의 그림자를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <location filename="../../explorer/ui/labs/training/compare_mode.py" line="+146"/>
        <source>Compare: press Train to race the chosen optimizers from the same start.</source>
        <translation>옵티마이저 비교: 학습을 누르면 고른 옵티마이저들이 같은 출발점에서 경주합니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The scene&apos;s comparison after {epochs} epochs. Train races again from the same start.</source>
        <translation>장면에 저장된 비교 ({epochs} 에포크). 학습을 누르면 같은 출발점에서 다시 경주합니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot compare: {reason}</source>
        <translation>비교할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The comparison failed: {error}</source>
        <translation>비교에 실패했습니다: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comparison finished: {epochs} epochs.</source>
        <translation>비교를 마쳤습니다: {epochs} 에포크.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparison stopped after {epochs} epochs: Train continues from the same weights.</source>
        <translation>{epochs} 에포크 후 비교를 멈췄습니다: 학습을 누르면 같은 가중치에서 이어 갑니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Training every optimizer on the same batches: epoch {epoch} of {epochs}</source>
        <translation>모든 옵티마이저를 같은 배치로 학습하는 중: 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused at epoch {epoch}, batch {batch}: Train resumes every optimizer.</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 일시 정지: 재개하면 모든 옵티마이저가 이어서 학습합니다.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../explorer/ui/labs/training/compare_panel.py" line="+143"/>
        <source>Compare optimizers</source>
        <translation>옵티마이저 비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the model once per optimizer, all from the same initial weights and on the same batches</source>
        <translation>옵티마이저마다 모델을 한 번씩 학습합니다. 모두 같은 초기 가중치에서, 같은 배치로 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick 2–4 optimizers. Each one trains its own copy of the model: only the optimizer differs.</source>
        <translation>옵티마이저를 2–4개 고르세요. 각각 모델의 복사본을 학습하므로 옵티마이저만 다릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This optimizer&apos;s Keras settings: hyper-parameters, options and learning-rate schedule</source>
        <translation>이 옵티마이저의 Keras 설정: 하이퍼파라미터, 옵션, 학습률 스케줄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results table gives the first epoch at which each optimizer reached this value (at most, for a loss; at least, for an accuracy)</source>
        <translation>결과 표는 각 옵티마이저가 이 값에 처음 도달한 에포크를 보여 줍니다 (손실은 이 값 이하, 정확도는 이 값 이상)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/compare_view.py" line="+180"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train {metric}</source>
        <translation>훈련 {metric}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. {metric}</source>
        <translation>검증 {metric}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test {metric}</source>
        <translation>테스트 {metric}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal at epoch</source>
        <translation>목표 도달 에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision boundaries</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (solid: training, dashed: validation)</source>
        <translation>손실 (실선: 훈련, 점선: 검증)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} (solid: training, dashed: validation)</source>
        <translation>{metric} (실선: 훈련, 점선: 검증)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged (NaN)</source>
        <translation>발산 (NaN)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/panel.py" line="+257"/>
        <source>{gate}  (no line separates it)</source>
        <translation>{gate}  (직선으로 나눌 수 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logic gate whose truth table the perceptron must learn</source>
        <translation>퍼셉트론이 진리표를 학습해야 할 논리 게이트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate</source>
        <translation>게이트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step(s) = 1 if s ≥ 0, else 0</source>
        <translation>step(s) = 1 (s ≥ 0일 때), 아니면 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn with the perceptron rule</source>
        <translation>퍼셉트론 학습 규칙으로 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the rule find the weights, sample by sample</source>
        <translation>학습 규칙이 샘플 하나씩 가중치를 찾아가는 과정을 봅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the weights by hand</source>
        <translation>가중치를 직접 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move w₁, w₂ and b yourself until every row is right</source>
        <translation>모든 행이 맞을 때까지 w₁, w₂, b를 직접 움직여 봅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a wrong output (y ≠ d) moves the weights</source>
        <translation>출력이 틀렸을 때(y ≠ d)만 가중치가 바뀝니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η, the learning rate (the course uses 0.05 = 5 %)</source>
        <translation>η, 학습률 (강의에서는 0.05 = 5 %를 씁니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the initial weights, drawn uniformly from [−1, 1]</source>
        <translation>초기 가중치의 시드 (가중치는 [−1, 1]에서 균등하게 뽑습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from other random initial weights (N)</source>
        <translation>다른 무작위 초기 가중치로 다시 시작 (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course&apos;s weights for {gate}: w = ({w1}, {w2}), b = {b}</source>
        <translation>강의에서 쓰는 {gate} 가중치: w = ({w1}, {w2}), b = {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the learned weights</source>
        <translation>학습된 가중치 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from where the learning run is now</source>
        <translation>학습이 지금 도달한 가중치에서 시작합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip: click or drag in weight space to set w₁, w₂.</source>
        <translation>팁: 가중치 공간을 클릭하거나 드래그해 w₁, w₂를 정할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights by hand</source>
        <translation>가중치 직접 설정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train a 2-2-1 network (two sigmoid hidden units) on this gate with backpropagation, live</source>
        <translation>이 게이트로 2-2-1 신경망(시그모이드 은닉 유닛 2개)을 역전파로 학습시키며 실시간으로 보여 줍니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden layer</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>σ(z) = 1 / (1 + e⁻ᶻ): sigmoid units in the hidden layer and at the output; y = 1 if p ≥ 0.5, else 0</source>
        <translation>σ(z) = 1 / (1 + e⁻ᶻ): 은닉층과 출력 모두 시그모이드 유닛; p ≥ 0.5이면 y = 1, 아니면 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backpropagation (gradient descent)</source>
        <translation>역전파 (경사하강법)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every epoch: the loss on all 4 rows, its gradient by backpropagation, then one step w ← w − η·∂L/∂w</source>
        <translation>에포크마다: 4개 행 전체의 손실과 역전파로 구한 기울기로 한 걸음 w ← w − η·∂L/∂w</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L = mean of −[d·log p + (1 − d)·log(1 − p)] over the rows</source>
        <translation>L = 모든 행에 대한 −[d·log p + (1 − d)·log(1 − p)]의 평균</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>η of gradient descent, the network&apos;s own learning rate (not the perceptron&apos;s)</source>
        <translation>경사하강법의 η: 퍼셉트론이 아닌 이 신경망 자신의 학습률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-batch epochs: one gradient step over all 4 rows each</source>
        <translation>전체 배치 에포크: 에포크마다 4개 행 전체로 경사하강 한 걸음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the network&apos;s initial weights (Glorot-uniform); with 2 hidden units about one seed in four ends in a local minimum</source>
        <translation>신경망 초기 가중치의 시드 (Glorot-uniform). 은닉 유닛이 2개이면 시드 네 개 중 하나꼴로 지역 최솟값에 빠집니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Train the network again</source>
        <translation>신경망 다시 학습</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Train the 2-2-1 network from its initial weights, live</source>
        <translation>2-2-1 신경망을 초기 가중치부터 실시간으로 다시 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>network seed</source>
        <translation>신경망 시드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2-2-1 network</source>
        <translation>2-2-1 신경망</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{units} hidden + 1 output, all sigmoid</source>
        <translation>은닉 {units}개 + 출력 1개, 모두 시그모이드</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{summary} One hidden layer fixes this.</source>
        <translation>{summary} 은닉층 하나면 해결됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No straight line separates {gate}&apos;s classes. Let the rule try until the epoch limit (▶, or End), then add a hidden layer.</source>
        <translation>어떤 직선도 {gate}의 두 클래스를 나누지 못합니다. 학습 규칙이 에포크 한도까지 시도하게 한 뒤(▶ 또는 끝), 은닉층을 추가하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training the 2-2-1 network …</source>
        <translation>2-2-1 신경망 학습 중 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Solved: 100 % from epoch {epoch}; loss {loss} after {epochs}.</source>
        <translation>✔ 해결: 에포크 {epoch}부터 100 %, 에포크 {epochs} 후 손실 {loss}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Stuck at {accuracy} %: a local minimum. Try another network seed.</source>
        <translation>✗ {accuracy} %에서 멈춤: 지역 최솟값입니다. 다른 신경망 시드를 시도해 보세요.</translation>
    </message>
</context>
<context>
    <name>Curvature</name>
    <message>
        <location filename="../../explorer/core/optim/curvature.py" line="+39"/>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saddle</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>평탄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>type: {kind}</source>
        <translation>유형: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>|λ| ≤ {tolerance} counts as 0</source>
        <translation>|λ| ≤ {tolerance}은(는) 0으로 봅니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>condition number κ = {kappa}</source>
        <translation>조건수 κ = {kappa}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hessian from central differences of ∇L, step {step}</source>
        <translation>헤세 행렬: ∇L의 중심 차분, 간격 {step}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GD: nothing curves up, so no learning-rate limit here</source>
        <translation>경사하강법: 위로 휘는 방향이 없어 여기서는 학습률 한계가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GD: on the limit (η·λmax = {bound}), it oscillates for ever</source>
        <translation>경사하강법: 딱 한계 (η·λmax = {bound}), 끝없이 진동합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GD: stable, {ratio} of the limit (η·λmax = {product} &lt; {bound})</source>
        <translation>경사하강법: 안정, 한계의 {ratio} (η·λmax = {product} &lt; {bound})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GD: unstable, {ratio}× the limit (η·λmax = {product} &gt; {bound})</source>
        <translation>경사하강법: 불안정, 한계의 {ratio}배 (η·λmax = {product} &gt; {bound})</translation>
    </message>
</context>
<context>
    <name>CurvatureOverlay</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/curvature.py" line="+97"/>
        <source>Curvature</source>
        <translation>곡률</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the selected racer: the Hessian&apos;s eigenvectors (blue curves up, orange curves down), the point&apos;s type, the condition number and GD&apos;s margin η·λmax against 2</source>
        <translation>선택한 레이서의 위치에서: 헤세 행렬의 고유벡터(파랑은 위로 휨, 주황은 아래로 휨), 점의 유형, 조건수, 경사하강법의 여유 η·λmax 대 2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} at {point}</source>
        <translation>{name}, 위치 {point}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} scales its own steps: GD&apos;s margin does not apply</source>
        <translation>{name}은(는) 스텝 크기를 스스로 조절합니다: 경사하강법의 한계는 적용되지 않습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never (in {max} steps)</source>
        <translation>벗어나지 못함 ({max} 스텝 동안)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} steps</source>
        <translation>{count} 스텝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GD (η = {rate}) leaving the hump (distance &gt; {radius}):</source>
        <translation>경사하강법(η = {rate})이 언덕을 벗어나기까지 (거리 &gt; {radius}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the hump itself, no noise: {steps}</source>
        <translation>언덕 꼭대기에서, 잡음 없이: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the hump itself, SGD noise σ = {sigma}: {steps}</source>
        <translation>언덕 꼭대기에서, SGD 잡음 σ = {sigma}: {steps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GD (η = {rate}) leaving the saddle (distance &gt; {radius}):</source>
        <translation>경사하강법(η = {rate})이 안장점을 벗어나기까지 (거리 &gt; {radius}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from ε along the stable direction, no noise: {steps}</source>
        <translation>안정 방향으로 ε 떨어진 곳에서, 잡음 없이: {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from ε along the stable direction, SGD noise σ = {sigma}: {steps}</source>
        <translation>안정 방향으로 ε 떨어진 곳에서, SGD 잡음 σ = {sigma}: {steps}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from ε = {epsilon} along the escape direction: {steps}</source>
        <translation>탈출 방향으로 ε = {epsilon} 떨어진 곳에서: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set noise σ &gt; 0 to see SGD&apos;s noise push it off</source>
        <translation>잡음 σ를 0보다 크게 하면 SGD의 잡음이 밀어내는 것을 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>CurveView1D</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/views.py" line="+420"/>
        <source>x  (parameter)</source>
        <translation>x  (매개변수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss L(x)</source>
        <translation>손실 L(x)</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/curves.py" line="+44"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&lt;b&gt;Curves&lt;/b&gt;</source>
        <translation>&lt;b&gt;학습 곡선&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic y axes: shows progress when the loss gets small</source>
        <translation>y축을 로그 눈금으로: 손실이 작아져도 진행이 보입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing as in TensorBoard: an exponential moving average of the epochs; the raw values stay as the faded line. It never reaches back over more than a tenth of the epochs so far, so a short run shows its raw values</source>
        <translation>TensorBoard와 같은 평활화: 에포크에 대한 지수 이동 평균이며, 원래 값은 흐린 선으로 남습니다. 지금까지 에포크의 10분의 1보다 더 거슬러 올라가지 않으므로 짧은 학습에서는 원래 값이 보입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss and metrics per epoch (the history Keras returns), training and validation; the dotted tail is the epoch under way</source>
        <translation>에포크별 손실과 지표(Keras가 돌려주는 history), 훈련과 검증; 점선 꼬리는 진행 중인 에포크입니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this epoch so far</source>
        <translation>현재 에포크 진행분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faded: raw per-epoch values</source>
        <translation>흐린 선: 에포크별 원래 값</translation>
    </message>
</context>
<context>
    <name>DataErrors</name>
    <message>
        <location filename="../../explorer/core/data/csv_table.py" line="+63"/>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row} (byte {offset})</source>
        <translation>{row}행 ({offset}바이트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte {offset}</source>
        <translation>{offset}바이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column}</source>
        <translation>{column}열</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cell is empty (missing values are not supported; fill or delete the row)</source>
        <translation>칸이 비어 있습니다 (결측값은 지원하지 않습니다; 값을 채우거나 행을 지우세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cell} marks a missing value (not supported; fill or delete the row)</source>
        <translation>{cell}은(는) 결측값 표시입니다 (지원하지 않습니다; 값을 채우거나 행을 지우세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cell} is not a finite number</source>
        <translation>{cell}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cell} is too large (the lab computes in float32, up to ±3.4e38)</source>
        <translation>{cell}은(는) 너무 큽니다 (실험실은 float32로 계산하며 ±3.4e38까지입니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cell} is not a number (use a point as the decimal separator)</source>
        <translation>{cell}은(는) 수가 아닙니다 (소수점은 마침표로 쓰세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cell} is not a number</source>
        <translation>{cell}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다; CSV UTF-8로 저장하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first row holds only numbers, so the file has no header; add a first row that names the columns (e.g. x1,x2,y)</source>
        <translation>첫 행이 모두 숫자라서 머리글이 없습니다; 열 이름을 적은 첫 행을 추가하세요 (예: x1,x2,y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has only one column; it needs at least two (features and a target); is the separator a comma?</source>
        <translation>파일에 열이 하나뿐입니다; 적어도 두 개(특성과 목표)가 필요합니다. 구분자가 쉼표인가요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the column has no name in the header</source>
        <translation>머리글에 이 열의 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two columns have this name; names must be unique</source>
        <translation>이 이름의 열이 두 개 있습니다; 열 이름은 서로 달라야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV structure is broken ({error})</source>
        <translation>CSV 구조가 깨졌습니다 ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has {cells} cells but the header names {width} columns</source>
        <translation>이 행에는 칸이 {cells}개인데 머리글에는 열이 {width}개입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has more than {rows} data rows; use a smaller sample</source>
        <translation>데이터 행이 {rows}개를 넘습니다; 더 작은 표본을 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has a header but no data rows below it</source>
        <translation>머리글은 있지만 그 아래에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({error})</source>
        <translation>파일을 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} distinct values are too many classes for classification (at most {max}); choose regression to predict a number</source>
        <translation>서로 다른 값 {n}개는 분류하기에 클래스가 너무 많습니다 (최대 {max}개); 수치를 예측하려면 회귀를 고르세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every row has the value {value}; classification needs at least two classes</source>
        <translation>모든 행의 값이 {value}입니다; 분류에는 클래스가 적어도 두 개 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} classes; binary classification needs exactly 2, choose multiclass</source>
        <translation>클래스 {n}개; 이진 분류는 정확히 2개가 필요하니 multiclass를 고르세요</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/datasets.py" line="+188"/>
        <source>draw at least two points (there are {n}): one to train on and one to test</source>
        <translation>점을 적어도 두 개 그리세요 (지금 {n}개): 하나는 훈련용, 하나는 테스트용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draw at least two points (there is {n}): one to train on and one to test</source>
        <translation>점을 적어도 두 개 그리세요 (지금 {n}개): 하나는 훈련용, 하나는 테스트용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all points are in class {k}; draw points of at least two classes</source>
        <translation>모든 점이 클래스 {k}입니다; 적어도 두 클래스의 점을 그리세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary classification uses classes 0 and 1, but the points use {classes}; choose multiclass</source>
        <translation>이진 분류는 클래스 0과 1을 쓰는데 점은 {classes}을(를) 씁니다; multiclass를 고르세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such column; the columns are {columns}</source>
        <translation>그런 열이 없습니다; 열은 {columns}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table has {n} row; at least two are needed to split it into training and test data</source>
        <translation>표에 행이 {n}개뿐입니다; 훈련과 테스트 데이터로 나누려면 적어도 두 개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/bundled.py" line="+28"/>
        <source>the bundled Boston housing file {path} is damaged ({reason})</source>
        <translation>함께 제공되는 보스턴 주택 가격 파일 {path}이(가) 손상되었습니다 ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundled Boston housing file has shape {shape}, not (506, 14)</source>
        <translation>함께 제공되는 보스턴 주택 가격 파일의 모양이 (506, 14)가 아니라 {shape}입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundled digits file {path} is damaged ({reason})</source>
        <translation>함께 제공되는 손글씨 숫자 파일 {path}이(가) 손상되었습니다 ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled digits file has shape {shape}, not (1797, 65)</source>
        <translation>함께 제공되는 손글씨 숫자 파일의 모양이 (1797, 65)가 아니라 {shape}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST is not in the Keras cache ({folder}); run keras.datasets.mnist.load_data() once while online</source>
        <translation>MNIST가 Keras 캐시({folder})에 없습니다. 인터넷에 연결된 상태에서 keras.datasets.mnist.load_data()를 한 번 실행하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cached MNIST file {path} cannot be read ({reason})</source>
        <translation>캐시된 MNIST 파일 {path}을(를) 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cached MNIST file {path} does not hold 28×28 digit images</source>
        <translation>캐시된 MNIST 파일 {path}에 28×28 숫자 이미지가 없습니다</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../explorer/ui/labs/training/data_panel.py" line="+156"/>
        <source>Draw your own points</source>
        <translation>직접 점 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the plot to add points, right-click to remove one</source>
        <translation>그래프를 클릭해 점을 추가하고, 오른쪽 클릭으로 삭제합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file…</source>
        <translation>CSV 파일…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own numeric table with a header row</source>
        <translation>머리글 행이 있는 직접 만든 숫자 표</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the network learns from</source>
        <translation>신경망이 학습할 데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of points in all (training + test)</source>
        <translation>전체 점의 개수 (훈련 + 테스트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the classes overlap: 0 % clean, 50 % very hard</source>
        <translation>클래스가 겹치는 정도: 0 %는 깨끗함, 50 %는 매우 어려움</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the data held out as the test split (stratified by class)</source>
        <translation>테스트용으로 떼어 두는 데이터의 비율 (클래스별 층화)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random points and of the split: the same seed gives the same data</source>
        <translation>무작위 점과 분할의 시드: 같은 시드면 같은 데이터가 나옵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standardise features</source>
        <translation>특성 표준화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z = (x − mean) / std per feature, with the mean and std of the TRAINING split only (nothing leaks from the test data)</source>
        <translation>특성마다 z = (x − mean) / std, 평균과 표준편차는 훈련 데이터에서만 계산 (테스트 데이터의 정보가 새지 않음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test split</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New points get class {k}</source>
        <translation>새 점은 클래스 {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear points</source>
        <translation>점 모두 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every drawn point</source>
        <translation>그린 점을 모두 지웁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the plot to add a point of the chosen class; right-click removes the nearest point.</source>
        <translation>그래프를 클릭하면 선택한 클래스의 점이 추가되고, 오른쪽 클릭하면 가장 가까운 점이 지워집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw points</source>
        <translation>점 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A numeric table with a header row; you choose the target column and the task</source>
        <translation>머리글 행이 있는 숫자 표; 목표 열과 과제를 직접 고릅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column to predict; every other column is a feature</source>
        <translation>예측할 열; 나머지 열은 모두 특성입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classification: the target&apos;s values are classes (at most {n}); regression: predict the number</source>
        <translation>분류: 목표값이 클래스 (최대 {n}개); 회귀: 수치를 예측</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation>{file}: {rows}행, {columns}열</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file imported yet.</source>
        <translation>아직 가져온 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Points you draw on the Boundary plot, up to 5 classes.</source>
        <translation>결정 경계 그래프에 직접 그린 점, 클래스는 5개까지.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A numeric CSV table; pick the column to predict.</source>
        <translation>숫자로 된 CSV 표; 예측할 열을 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class {k}: {n}</source>
        <translation>클래스 {k}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} points</source>
        <translation>점 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} ({used})</source>
        <translation>{points} ({used})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still using: {title}.</source>
        <translation>계속 사용 중: {title}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the training to change the data</source>
        <translation>데이터를 바꾸려면 학습을 멈추세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>at most {n} points can be drawn</source>
        <translation>점은 최대 {n}개까지 그릴 수 있습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <location filename="../../explorer/ui/labs/training/data_settings.py" line="+188"/>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary</source>
        <translation>이진</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiclass</source>
        <translation>다중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} classification, {n} classes</source>
        <translation>{kind} 분류, 클래스 {n}개</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rows (train = test)</source>
        <translation>{n}행 (훈련 = 테스트)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{train} train / {test} test</source>
        <translation>훈련 {train} / 테스트 {test}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} features</source>
        <translation>특성 {n}개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standardised</source>
        <translation>표준화됨</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../explorer/core/data/datasets.py" line="+6"/>
        <source>{gate} gate</source>
        <translation>{gate} 게이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {gate} truth table: 4 rows, used for training and test.</source>
        <translation>{gate} 진리표: 4행, 훈련과 테스트에 모두 사용.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {gate} truth table: 4 rows, used for training and test; not linearly separable, needs a hidden layer.</source>
        <translation>{gate} 진리표: 4행, 훈련과 테스트에 모두 사용; 선형 분리가 불가능해 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Boston housing</source>
        <translation>보스턴 주택 가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median house value from 13 features (1970s Boston; see the README on the B column); Keras&apos;s 404/102 split.</source>
        <translation>특성 13개로 주택 가격의 중앙값을 예측 (1970년대 보스턴; B 열은 README 참고); Keras의 404/102 분할.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handwritten digits 8×8</source>
        <translation>손글씨 숫자 8×8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1,797 small images of digits 0–9 (64 pixels, 0–16).</source>
        <translation>숫자 0–9의 작은 이미지 1,797장 (64픽셀, 0–16).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST digits</source>
        <translation>MNIST 숫자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>70,000 28×28 digit images (784 pixels) from the Keras cache, when present; Keras&apos;s 60,000/10,000 split.</source>
        <translation>Keras 캐시에 있을 때 쓰는 28×28 숫자 이미지 70,000장 (784픽셀); Keras의 60,000/10,000 분할.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/toy_sets.py" line="+184"/>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside</source>
        <translation>바깥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inside</source>
        <translation>안쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disc of class 1 inside a ring of class 0: needs a curved boundary.</source>
        <translation>클래스 0의 고리 안에 클래스 1의 원판: 곡선 경계가 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XOR quadrants</source>
        <translation>XOR 사분면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XOR gate over the plane: class 1 where exactly one coordinate is positive.</source>
        <translation>평면 위의 XOR 게이트: 좌표 중 정확히 하나만 양수인 곳이 클래스 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two Gaussians</source>
        <translation>가우시안 두 개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two clouds a straight line separates; a single neuron suffices.</source>
        <translation>직선 하나로 나뉘는 두 점 구름; 뉴런 하나면 충분합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two interleaved spiral arms: the hardest toy set, needs depth.</source>
        <translation>서로 얽힌 나선 팔 두 개: 가장 어려운 예제 데이터, 깊은 신경망이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two interlocking half-moons.</source>
        <translation>서로 맞물린 반달 두 개.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three blobs</source>
        <translation>점 구름 세 개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three clouds, three classes: softmax and categorical cross-entropy.</source>
        <translation>점 구름 세 개, 클래스 세 개: softmax와 범주형 교차 엔트로피.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regression plane</source>
        <translation>회귀 평면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y = 1.5·x1 − 1.0·x2 + 2 plus noise: linear regression with one unit.</source>
        <translation>y = 1.5·x1 − 1.0·x2 + 2에 잡음을 더함: 유닛 하나로 하는 선형 회귀.</translation>
    </message>
</context>
<context>
    <name>DigitsView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/digits.py" line="+75"/>
        <source>Train to see the confusion matrix of the test split.</source>
        <translation>학습시키면 테스트 데이터의 혼동 행렬을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many test samples of each true class (row) were predicted as each class (column); updated every epoch</source>
        <translation>각 실제 클래스(행)의 테스트 샘플이 각 클래스(열)로 몇 개 예측되었는지; 에포크마다 갱신</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confusion matrix (test split)</source>
        <translation>혼동 행렬 (테스트 데이터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images the model gets wrong: true label → prediction</source>
        <translation>모델이 틀린 테스트 이미지: 실제 레이블 → 예측</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Misclassified test samples appear here: true → predicted.</source>
        <translation>잘못 분류된 테스트 샘플이 여기에 나타납니다: 실제 → 예측.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;Test accuracy {accuracy}&lt;/b&gt; ({right} of {total} right, {wrong} wrong) after epoch {epoch}. Rows: true class, columns: predicted; the diagonal is right.</source>
        <translation>&lt;b&gt;테스트 정확도 {accuracy}&lt;/b&gt; ({total}개 중 {right}개 정답, {wrong}개 오답), 에포크 {epoch} 이후. 행: 실제 클래스, 열: 예측; 대각선이 정답입니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Misclassified test samples (true → predicted): the first {shown} of {wrong}.</source>
        <translation>잘못 분류된 테스트 샘플 (실제 → 예측): {wrong}개 중 처음 {shown}개.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No misclassified test samples.</source>
        <translation>잘못 분류된 테스트 샘플이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../explorer/ui/app.py" line="+176"/>
        <source>The app keeps running; the details were logged.</source>
        <translation>앱은 계속 실행됩니다. 자세한 내용은 로그에 기록했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
</context>
<context>
    <name>ErrorsPlot</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/plots.py" line="+141"/>
        <source>mistakes during each epoch (updates made)</source>
        <translation>에포크 동안 틀린 횟수 (가중치 갱신 횟수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows wrong after the epoch</source>
        <translation>에포크가 끝난 뒤 틀린 행 수</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: how often the rule found a row wrong while the epoch ran, so moved the weights (an update).
Diamonds: how many rows the weights left at the end of the epoch get wrong.
On XOR every row can be wrong when visited although only 2 are wrong afterwards.</source>
        <translation>막대: 에포크가 진행되는 동안 학습 규칙이 틀린 행을 만나 가중치를 움직인(갱신한) 횟수.
마름모: 에포크가 끝났을 때 남은 가중치로 틀리는 행의 수.
XOR에서는 방문할 때마다 모든 행이 틀릴 수 있지만, 끝난 뒤 틀린 행은 2개뿐입니다.</translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/experiments_panel.py" line="+247"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the map again now (it also recomputes by itself when the surface, the racers or the settings change)</source>
        <translation>지금 지도를 다시 계산합니다 (곡면, 주자, 설정이 바뀌면 저절로 다시 계산합니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing; what is drawn stays</source>
        <translation>계산을 멈춥니다. 이미 그린 것은 남습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max steps</source>
        <translation>최대 스텝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps each run may take before it counts as still running; &quot;max steps&quot; (0) follows the lab&apos;s max steps</source>
        <translation>각 실행이 &apos;아직 진행 중&apos;으로 판정되기 전까지 밟을 수 있는 스텝 수. &quot;최대 스텝&quot;(0)은 실험실의 최대 스텝을 따릅니다</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot compute: {error}</source>
        <translation>계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not compute: {error}</source>
        <translation>계산하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: press Compute to finish the map.</source>
        <translation>취소했습니다. 지도를 마저 그리려면 계산을 누르세요.</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../../explorer/core/optim/experiments/basins.py" line="+37"/>
        <source>{outcome} {share} %</source>
        <translation>{outcome} {share} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basin map: {done} of {total} starts</source>
        <translation>수렴 영역 지도: 시작점 {total}개 중 {done}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still running at step {steps}</source>
        <translation>{steps} 스텝에서 아직 진행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escaped (loss unbounded below)</source>
        <translation>탈출 (손실이 한없이 내려감)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined (no real value)</source>
        <translation>정의되지 않음 (실숫값 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converged elsewhere</source>
        <translation>다른 곳에 수렴</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>{kind} {point}</source>
        <translation>{kind} {point}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>end point {point}, L = {loss}</source>
        <translation>끝점 {point}, L = {loss}</translation>
    </message>
    <message>
        <location filename="../../explorer/core/optim/experiments/sweep.py" line="+34"/>
        <source>Hyper-parameter map: {done} of {total} cells</source>
        <translation>하이퍼파라미터 지도: 칸 {total}개 중 {done}개</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../explorer/ui/export.py" line="+34"/>
        <source>image size {width}×{height} is impossible; each side must be {low}–{high} pixels</source>
        <translation>이미지 크기 {width}×{height}은(는) 불가능합니다. 각 변은 {low}–{high} 픽셀이어야 합니다</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+20"/>
        <source>no frames to write</source>
        <translation>저장할 프레임이 없습니다</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>folder {folder} does not exist</source>
        <translation>폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not write {name}</source>
        <translation>{name}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/figure_files.py" line="+28"/>
        <source>cannot export {name}: the file must end in {suffixes}</source>
        <translation>{name}(으)로 내보낼 수 없습니다: 파일 이름이 {suffixes} 중 하나로 끝나야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scale {scale} is impossible; it must be 1–{most}</source>
        <translation>배율 {scale}은(는) 쓸 수 없습니다. 1–{most} 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is an animation format: export an animation</source>
        <translation>{name}은(는) 애니메이션 형식입니다: 애니메이션으로 내보내세요</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../explorer/ui/widgets/panels.py" line="+98"/>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current view as a figure with its title and legend: PNG, SVG or PDF (Ctrl+E)</source>
        <translation>지금 보이는 화면을 제목과 범례가 있는 그림으로 내보냅니다: PNG, SVG, PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation…</source>
        <translation>애니메이션…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code…</source>
        <translation>코드…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TensorFlow/Keras program behind this picture, with the lab&apos;s numbers: copy it or save it as .py or .ipynb (Ctrl+Shift+C)</source>
        <translation>이 그림을 만드는 TensorFlow/Keras 프로그램 (실험실의 숫자 그대로): 복사하거나 .py 또는 .ipynb로 저장합니다 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export_dialog.py" line="+47"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows</source>
        <translation>보여 줄 것</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As on screen ({width}×{height})</source>
        <translation>화면 그대로 ({width}×{height})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More pixels for sharp slides on high-DPI screens: 2× doubles width and height</source>
        <translation>고해상도 화면의 슬라이드에서도 선명하도록 픽셀을 늘립니다: 2×이면 너비와 높이가 두 배</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frames/s</source>
        <translation>프레임/초</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>s</source>
        <comment>seconds</comment>
        <translation>초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} frames: the frame rate follows the duration</source>
        <translation>프레임 {count}개: 재생 시간을 바꾸면 프레임 속도가 따라 바뀝니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>재생 시간</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step or epoch counter</source>
        <translation>스텝 또는 에포크 표시</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG (vector)</source>
        <translation>SVG (벡터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector)</source>
        <translation>PDF (벡터)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GIF animation</source>
        <translation>GIF 애니메이션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video (H.264)</source>
        <translation>MP4 동영상 (H.264)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slides</source>
        <translation>슬라이드</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../explorer/ui/exporter.py" line="+51"/>
        <source>an animation is written as {suffixes}, not {name}</source>
        <translation>애니메이션은 {suffixes} 파일로 저장합니다 ({name}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {name}</source>
        <translation>{name}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../explorer/ui/widgets/fields.py" line="+28"/>
        <source>{name} must be between {low} and {high}</source>
        <translation>{name}은(는) {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{range}: {value} was not taken</source>
        <translation>{range}: {value}은(는) 받아들이지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <location filename="../../explorer/core/formula/expression.py" line="+166"/>
        <source>the formula must be text</source>
        <translation>수식은 텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formula is longer than {length} characters</source>
        <translation>수식이 {length}자보다 깁니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/formula/syntax.py" line="+45"/>
        <source>{message} at position {position}</source>
        <translation>위치 {position}: {message}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unexpected character {character}</source>
        <translation>예상하지 못한 문자 {character}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>formula is nested more than {depth} levels deep</source>
        <translation>수식이 {depth}단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty formula</source>
        <translation>수식이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>짝이 없는 &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an operator</source>
        <translation>연산자가 와야 합니다</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected &apos;(&apos; after &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; 뒤에 &apos;(&apos;가 와야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown name &apos;{name}&apos;</source>
        <translation>알 수 없는 이름 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected end of formula</source>
        <translation>수식이 중간에 끝났습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a value, found &apos;{token}&apos;</source>
        <translation>값이 와야 하는데 &apos;{token}&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing argument for &apos;{func}&apos;</source>
        <translation>&apos;{func}&apos;의 인수가 없습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing &apos;)&apos;</source>
        <translation>&apos;)&apos;가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{func}&apos; takes one argument</source>
        <translation>&apos;{func}&apos;은(는) 인수를 하나만 받습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an operator or &apos;)&apos;</source>
        <translation>연산자나 &apos;)&apos;가 와야 합니다</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <location filename="../../explorer/core/functions/activations.py" line="-128"/>
        <source>f(x) = 1 if x &gt; 0, else 0</source>
        <translation>f(x) = 1 (x &gt; 0일 때), 아니면 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f′(x) = 0 for x ≠ 0, undefined at 0</source>
        <translation>f′(x) = 0 (x ≠ 0일 때), x = 0에서는 정의되지 않음</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>f′(x) = 1/6 for −3 &lt; x &lt; 3, else 0</source>
        <translation>f′(x) = 1/6 (−3 &lt; x &lt; 3일 때), 아니면 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>f′(x) = 1 for x &gt; 0, else 0</source>
        <translation>f′(x) = 1 (x &gt; 0일 때), 아니면 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>f(x) = x for x &gt; 0, else α·x</source>
        <translation>f(x) = x (x &gt; 0일 때), 아니면 α·x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f′(x) = 1 for x &gt; 0, else α</source>
        <translation>f′(x) = 1 (x &gt; 0일 때), 아니면 α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(−∞, ∞) for α &gt; 0</source>
        <translation>(−∞, ∞) (α &gt; 0일 때)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>f′(x) = 1 for 0 &lt; x &lt; 6, else 0</source>
        <translation>f′(x) = 1 (0 &lt; x &lt; 6일 때), 아니면 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>f(x) = x for x &gt; 0, else α·(eˣ − 1)</source>
        <translation>f(x) = x (x &gt; 0일 때), 아니면 α·(eˣ − 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f′(x) = 1 for x &gt; 0, else α·eˣ</source>
        <translation>f′(x) = 1 (x &gt; 0일 때), 아니면 α·eˣ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>f(x) = λ·x for x &gt; 0, else λ·α·(eˣ − 1)   (λ ≈ 1.0507, α ≈ 1.6733)</source>
        <translation>f(x) = λ·x (x &gt; 0일 때), 아니면 λ·α·(eˣ − 1)   (λ ≈ 1.0507, α ≈ 1.6733)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f′(x) = λ for x ≥ 0, else λ·α·eˣ</source>
        <translation>f′(x) = λ (x ≥ 0일 때), 아니면 λ·α·eˣ</translation>
    </message>
    <message>
        <location filename="../../explorer/core/functions/losses.py" line="+265"/>
        <source>L = (1/k)·Σ ½e² if |e| ≤ δ, else δ·|e| − ½δ²   (e = ŷ − y)</source>
        <translation>L = (1/k)·Σ ½e² (|e| ≤ δ일 때), 아니면 δ·|e| − ½δ²   (e = ŷ − y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂ŷ = e/k if |e| ≤ δ, else δ·sign(e)/k</source>
        <translation>∂L/∂ŷ = e/k (|e| ≤ δ일 때), 아니면 δ·sign(e)/k</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L = −(1/k)·Σ [y·log p + (1 − y)·log(1 − p)],  p = clip(ŷ, ε, 1 − ε), ε = 1e−7  (from logits: p = σ(ŷ))</source>
        <translation>L = −(1/k)·Σ [y·log p + (1 − y)·log(1 − p)],  p = clip(ŷ, ε, 1 − ε), ε = 1e−7  (로짓 입력이면 p = σ(ŷ))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∂L/∂ŷ = (p − y) / (p·(1 − p)·k)   (from logits: (σ(ŷ) − y) / k)</source>
        <translation>∂L/∂ŷ = (p − y) / (p·(1 − p)·k)   (로짓 입력이면 (σ(ŷ) − y) / k)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L = −Σᵢ yᵢ·log pᵢ,  p = clip(ŷ/Σŷ, ε, 1 − ε)  (from logits: p = softmax(ŷ))</source>
        <translation>L = −Σᵢ yᵢ·log pᵢ,  p = clip(ŷ/Σŷ, ε, 1 − ε)  (로짓 입력이면 p = softmax(ŷ))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∂L/∂ŷᵢ = −yᵢ/ŷᵢ + Σy/Σŷ   (from logits: softmax(ŷ)ᵢ·Σy − yᵢ)</source>
        <translation>∂L/∂ŷᵢ = −yᵢ/ŷᵢ + Σy/Σŷ   (로짓 입력이면 softmax(ŷ)ᵢ·Σy − yᵢ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L = −log p_c  for the integer label c,  p = clip(ŷ, ε, 1 − ε) renormalised</source>
        <translation>L = −log p_c  (c: 정수 레이블),  p = clip(ŷ, ε, 1 − ε)를 다시 정규화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>∂L/∂ŷᵢ = 1/Σp − [i = c]/p_c   (from logits: softmax(ŷ)ᵢ − [i = c])</source>
        <translation>∂L/∂ŷᵢ = 1/Σp − [i = c]/p_c   (로짓 입력이면 softmax(ŷ)ᵢ − [i = c])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L = (1/k)·Σ max(0, 1 − y·ŷ),  y ∈ {−1, 1} (0/1 converted)</source>
        <translation>L = (1/k)·Σ max(0, 1 − y·ŷ),  y ∈ {−1, 1} (0/1은 변환됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂ŷ = −y/k where y·ŷ &lt; 1, else 0</source>
        <translation>∂L/∂ŷ = −y/k (y·ŷ &lt; 1일 때), 아니면 0</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <location filename="../../explorer/ui/labs/training/frames.py" line="+205"/>
        <source>colour: the class probabilities blended (pale = unsure)</source>
        <translation>색: 클래스 확률을 섞은 색 (옅을수록 불확실)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>colour: the predicted value (cividis, same scale as the points)</source>
        <translation>색: 예측값 (cividis, 점과 같은 범위)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>colour: P(class {one}), from {zero} (orange) through 0.5 (white) to {one} (blue)</source>
        <translation>색: P(클래스 {one}), {zero}(주황)에서 0.5(흰색)를 거쳐 {one}(파랑)까지</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/activations_page.py" line="-284"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/losses_page.py" line="+57"/>
        <source>Losses</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/softmax_page.py" line="+51"/>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/vanishing_page.py" line="+65"/>
        <source>Vanishing gradients</source>
        <translation>기울기 소실</translation>
    </message>
</context>
<context>
    <name>GalleryLab</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/lab.py" line="+64"/>
        <source>Picture…</source>
        <translation>그림…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the page on show as a figure: PNG, SVG or PDF (Ctrl+E)</source>
        <translation>보이는 페이지를 그림으로 내보냅니다: PNG, SVG, PDF (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>HandWeights</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/panel.py" line="-282"/>
        <source>weight of x₁</source>
        <translation>x₁의 가중치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight of x₂</source>
        <translation>x₂의 가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias: the weight of the constant input 1</source>
        <translation>편향: 상수 입력 1의 가중치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {tip} (drag; the line and the table follow)</source>
        <translation>{name}: {tip} (드래그하면 직선과 진리표가 따라 바뀝니다)</translation>
    </message>
</context>
<context>
    <name>HiddenLayerPage</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/hidden.py" line="+47"/>
        <source>p = 0.5, the network&apos;s boundary</source>
        <translation>p = 0.5, 신경망의 결정 경계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} = 0.5 (hidden unit {number})</source>
        <translation>{h} = 0.5 (은닉 유닛 {number})</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>input space: P(y = 1) of the 2-2-1 net</source>
        <translation>입력 공간: 2-2-1 신경망의 P(y = 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden-layer space: one line now separates them</source>
        <translation>은닉층 공간: 이제 직선 하나로 나뉩니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Adding a hidden layer&lt;/b&gt; — training a 2-2-1 network on {gate} …</source>
        <translation>&lt;b&gt;은닉층 추가&lt;/b&gt; — {gate}로 2-2-1 신경망 학습 중 …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;span style=&apos;color:#006B4F&apos;&gt;&lt;b&gt;✔ Solved: {right}/4 rows right (100 %) from epoch {epoch}.&lt;/b&gt;&lt;/span&gt; In hidden space one line separates {gate}.</source>
        <translation>&lt;span style=&apos;color:#006B4F&apos;&gt;&lt;b&gt;✔ 해결: 에포크 {epoch}부터 {right}/4 행 정답 (100 %).&lt;/b&gt;&lt;/span&gt; 은닉층 공간에서는 직선 하나가 {gate}를 나눕니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{right}/4 rows right so far …</source>
        <translation>지금까지 {right}/4 행 정답 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:#B00020&apos;&gt;&lt;b&gt;✗ Stuck at {right}/4 rows right.&lt;/b&gt;&lt;/span&gt; A local minimum: try another seed.</source>
        <translation>&lt;span style=&apos;color:#B00020&apos;&gt;&lt;b&gt;✗ {right}/4 행 정답에서 멈춤.&lt;/b&gt;&lt;/span&gt; 지역 최솟값입니다: 다른 시드를 시도해 보세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training: epoch {epoch} of {epochs}</source>
        <translation>학습 중: 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trained: epoch {epoch} of {epochs}</source>
        <translation>학습 완료: 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;2-2-1 network&lt;/b&gt; (sigmoid hidden layer h = σ(W₁ᵀx + b₁), output p = σ(w₂·h + b₂), backpropagation, η = {eta}, seed {seed})&lt;br&gt;{status} · loss {loss} · accuracy {accuracy} % — {verdict}</source>
        <translation>&lt;b&gt;2-2-1 신경망&lt;/b&gt; (시그모이드 은닉층 h = σ(W₁ᵀx + b₁), 출력 p = σ(w₂·h + b₂), 역전파, η = {eta}, 시드 {seed})&lt;br&gt;{status} · 손실 {loss} · 정확도 {accuracy} % — {verdict}</translation>
    </message>
</context>
<context>
    <name>HyperParamForm</name>
    <message>
        <location filename="../../explorer/ui/widgets/hyper_form.py" line="+76"/>
        <source>{rule}. The previous settings stay</source>
        <translation>{rule}. 이전 설정이 그대로 유지됩니다</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The update rule, exactly as keras.optimizers applies it</source>
        <translation>keras.optimizers가 적용하는 그대로의 갱신 규칙</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab.py" line="+60"/>
        <location filename="../../explorer/ui/main_window.py" line="+56"/>
        <source>Optimizer Lab</source>
        <translation>옵티마이저 실험실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: play/pause · →: step · R: reset · click or drag on the surface to set the start</source>
        <translation>Space: 재생/일시 정지 · →: 한 스텝 · R: 초기화 · 곡면을 클릭하거나 끌어서 시작점 지정</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/lab.py" line="+38"/>
        <location filename="../../explorer/ui/main_window.py" line="+0"/>
        <source>Perceptron Lab</source>
        <translation>퍼셉트론 실험실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: play/pause · →: one sample · Shift+→: one epoch · E: to the end · R: reset · N: new seed · hand mode: click in weight space</source>
        <translation>Space: 재생/일시정지 · →: 샘플 하나 · Shift+→: 에포크 하나 · E: 끝으로 · R: 처음으로 · N: 새 시드 · 직접 설정 모드: 가중치 공간 클릭</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="+64"/>
        <location filename="../../explorer/ui/main_window.py" line="+1"/>
        <source>Training Lab</source>
        <translation>학습 실험실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: train/pause · →: one batch · Shift+→: one epoch · R: reset · learning rate editable while paused · Draw data set: click the plot to add points</source>
        <translation>Space: 학습/일시정지 · →: 배치 하나 · Shift+→: 에포크 하나 · R: 초기화 · 일시정지 중 학습률 변경 가능 · 직접 그리기: 그래프를 클릭해 점 추가</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/lab.py" line="-30"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/base.py" line="+22"/>
        <source>F1: keyboard shortcuts</source>
        <translation>F1: 단축키</translation>
    </message>
</context>
<context>
    <name>LabRenderer</name>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_render.py" line="+137"/>
        <source>Paused at epoch {epoch}, batch {batch}/{batches} (learning rate {rate}).</source>
        <translation>에포크 {epoch}, 배치 {batch}/{batches}에서 일시정지했습니다 (학습률 {rate}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../../explorer/core/nn/directions.py" line="+41"/>
        <source>random directions</source>
        <translation>무작위 방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCA directions</source>
        <translation>PCA 방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial → final interpolation</source>
        <translation>초기 → 최종 보간</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/landscape/compute.py" line="+41"/>
        <source>Loss landscape: {model} on {data} ({directions})</source>
        <translation>손실 지형: {data}에서의 {model} ({directions})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss landscape: reading the weights</source>
        <translation>손실 지형: 가중치를 읽는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss landscape: {total} points</source>
        <translation>손실 지형: 점 {total}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss landscape: {done} of {total} points</source>
        <translation>손실 지형: 점 {total}개 중 {done}개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss landscape: {model} on {data} ({directions}, test split)</source>
        <translation>손실 지형: {data}에서의 {model} ({directions}, 테스트 데이터)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_view.py" line="+55"/>
        <source>Preparing the slice as a surface (TensorFlow)…</source>
        <translation>단면을 곡면으로 준비하는 중 (TensorFlow)…</translation>
    </message>
</context>
<context>
    <name>LandscapeForm</name>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_form.py" line="+25"/>
        <source>Random directions</source>
        <translation>무작위 방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCA of the path</source>
        <translation>경로의 PCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line θ₀ → θ₁</source>
        <translation>직선 θ₀ → θ₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero (Li et al.)</source>
        <translation>0 (Li et al.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normalised</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Which slice through weight space:
• Random: two random directions, each unit&apos;s part scaled to that unit&apos;s weights (Li et al. 2018)
• PCA: the two directions along which the recorded training path varies most (the path lies in this plane)
• Line: from the initial weights (α = 0) to the final ones (α = 1), extended on both sides (Goodfellow et al. 2015)</source>
        <translation>가중치 공간을 자르는 단면:
• 무작위: 무작위 방향 두 개, 유닛별 성분을 그 유닛의 가중치 크기에 맞춤 (Li et al. 2018)
• PCA: 기록된 학습 경로가 가장 크게 변하는 두 방향 (경로가 이 평면 위에 놓임)
• 직선: 초기 가중치(α = 0)에서 최종 가중치(α = 1)까지, 양쪽으로 연장 (Goodfellow et al. 2015)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-width of the square around the current weights, in units of the directions (1 = each unit&apos;s weights moved by their own size).
auto: 1 for random directions, fitted to the path for PCA</source>
        <translation>현재 가중치를 둘러싼 정사각형의 반폭, 방향 단위 (1 = 각 유닛의 가중치를 자기 크기만큼 이동).
자동: 무작위 방향이면 1, PCA면 경로에 맞춤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The α range of the line θ₀ + α·(θ₁ − θ₀): 0 = initial, 1 = final</source>
        <translation>직선 θ₀ + α·(θ₁ − θ₀)의 α 범위: 0 = 초기, 1 = 최종</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid points along each axis (41 → 41 × 41 = 1,681 evaluations of the loss)</source>
        <translation>축마다의 격자점 수 (41 → 41 × 41 = 1,681번 손실 계산)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data the loss is measured on</source>
        <translation>손실을 계산할 데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at most this many samples of the split (a seeded random subset) to keep big data sets quick; all = every sample</source>
        <translation>큰 데이터셋을 빠르게 다루도록 이 데이터에서 최대 이만큼의 샘플만 사용 (시드로 정한 무작위 부분집합); 전체 = 모든 샘플</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random directions (and of the sample subset): the same seed gives the same slice</source>
        <translation>무작위 방향(과 샘플 부분집합)의 시드: 같은 시드면 같은 단면</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random directions for the biases: zero (the slice moves only the weights, as Li et al.) or each bias&apos;s own size</source>
        <translation>편향의 무작위 방향: 0(Li et al.처럼 가중치만 움직임) 또는 각 편향의 자기 크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directions</source>
        <translation>방향</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Span ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α from</source>
        <translation>α 범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Biases</source>
        <translation>편향</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slice</source>
        <translation>단면</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the weights every k epochs or batches while training (the path PCA and the line are built from); applies from the next run</source>
        <translation>학습 중 k 에포크 또는 k 배치마다 가중치를 기록 (PCA와 직선이 이 경로로 만들어짐); 다음 학습부터 적용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record per epoch or per batch (batches give a finer path)</source>
        <translation>에포크마다 또는 배치마다 기록 (배치가 더 촘촘한 경로)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every</source>
        <translation>간격</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Training path</source>
        <translation>학습 경로</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Log colour (L − L_min)</source>
        <translation>로그 색 (L − L_min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by log₁₀ of the height above the lowest point: shows the shape of the basin when the edges are much higher</source>
        <translation>가장 낮은 점보다 높은 정도의 log₁₀로 색칠: 가장자리가 훨씬 높을 때 골짜기 모양이 보입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the recorded weights projected onto the slice (exactly in the plane for PCA; only a shadow for random directions)</source>
        <translation>기록된 가중치를 단면에 투영해 그립니다 (PCA면 정확히 평면 위, 무작위 방향이면 그림자일 뿐)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{n} points</source>
        <translation>점 {n}개</translation>
    </message>
</context>
<context>
    <name>LandscapePlots</name>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_texts.py" line="+18"/>
        <source>a   (PC 1: {percent} % of the path&apos;s variance)</source>
        <translation>a   (PC 1: 경로 분산의 {percent} %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b   (PC 2: {percent} %)</source>
        <translation>b   (PC 2: {percent} %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a   (random direction δ₁)</source>
        <translation>a   (무작위 방향 δ₁)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b   (random direction δ₂)</source>
        <translation>b   (무작위 방향 δ₂)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>centre</source>
        <translation>중심</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Current weights&lt;/b&gt; ({where}): loss {loss}</source>
        <translation>&lt;b&gt;현재 가중치&lt;/b&gt; ({where}): 손실 {loss}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Current weights&lt;/b&gt; ({where}): loss {loss}, accuracy {accuracy} %</source>
        <translation>&lt;b&gt;현재 가중치&lt;/b&gt; ({where}): 손실 {loss}, 정확도 {accuracy} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;lowest point&lt;/b&gt; {loss} at ({point})</source>
        <translation>&lt;b&gt;가장 낮은 점&lt;/b&gt; ({point})에서 {loss}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the training path lies up to {percent} % of its length off this plane: the picture shows its shadow</source>
        <translation>학습 경로가 이 평면에서 경로 길이의 최대 {percent} %만큼 벗어나 있어, 그림에는 그림자가 보입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training path lies up to {percent} % of its length off this plane, so it is drawn where it is</source>
        <translation>학습 경로가 이 평면에서 경로 길이의 최대 {percent} %만 벗어나 있어, 실제 위치에 그렸습니다</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_view.py" line="+91"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop computing; the previous landscape stays</source>
        <translation>계산을 멈춥니다; 이전 지형은 그대로 남습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slice</source>
        <translation>단면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slice as a surface you can turn (drag) and zoom (wheel)</source>
        <translation>돌리고(드래그) 확대할(휠) 수 있는 곡면으로 본 단면</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the view on screen as a PNG picture</source>
        <translation>화면의 그림을 PNG로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save grid (.npz)…</source>
        <translation>격자 저장 (.npz)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the computed grid (a, b, loss, accuracy, path, …) as a numpy .npz file</source>
        <translation>계산한 격자(a, b, 손실, 정확도, 경로, …)를 numpy .npz 파일로 저장합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Race optimizers here ▸</source>
        <translation>여기서 옵티마이저 경주 ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this slice as a loss surface in the Optimizer Lab, where every optimizer can race on it</source>
        <translation>이 단면을 옵티마이저 실험실에서 손실 곡면으로 열어, 모든 옵티마이저가 경주할 수 있게 합니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause training to compute a landscape (the weights must stay still)</source>
        <translation>지형을 계산하려면 학습을 일시정지하세요 (가중치가 움직이지 않아야 합니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate the loss on the grid (in the background)</source>
        <translation>격자 위에서 손실을 계산합니다 (백그라운드에서)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No model yet.</source>
        <translation>아직 모델이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Train a model first: the landscape is cut through its weights.</source>
        <translation>먼저 모델을 학습시키세요: 지형은 그 가중치를 지나는 단면입니다.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} weight snapshots recorded (every {interval}). PCA and the line need at least 2.</source>
        <translation>가중치 스냅숏 {count}개 기록됨 ({interval}마다). PCA와 직선에는 2개 이상 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} weight snapshot recorded (every {interval}). PCA and the line need at least 2.</source>
        <translation>가중치 스냅숏 {count}개 기록됨 ({interval}마다). PCA와 직선에는 2개 이상 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause or stop training to compute a landscape.</source>
        <translation>지형을 계산하려면 학습을 일시정지하거나 멈추세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a slice and press Compute.</source>
        <translation>단면을 고르고 계산을 누르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording interval: {error}.</source>
        <translation>기록 간격: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new recording interval applies from the next training run.</source>
        <translation>새 기록 간격은 다음 학습부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pause or stop training first: the weights must stay still.</source>
        <translation>먼저 학습을 일시정지하거나 멈추세요: 가중치가 움직이지 않아야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing a {n}-point line…</source>
        <translation>점 {n}개짜리 직선 계산 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computing a {n} × {n} slice…</source>
        <translation>{n} × {n} 단면 계산 중…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loss along the line (computing…)</source>
        <translation>직선을 따른 손실 (계산 중…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss landscape (computing…)</source>
        <translation>손실 지형 (계산 중…)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computed {points} points in {seconds} s.</source>
        <translation>점 {points}개를 {seconds}초에 계산했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not compute: {error}</source>
        <translation>계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: the previous landscape stays.</source>
        <translation>취소됨: 이전 지형은 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This landscape has no model to evaluate; compute it again.</source>
        <translation>이 지형에는 계산할 모델이 없습니다; 다시 계산하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the slice as a surface (TensorFlow)…</source>
        <translation>단면을 곡면으로 준비하는 중 (TensorFlow)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Racing on this slice in the Optimizer Lab.</source>
        <translation>옵티마이저 실험실에서 이 단면으로 경주합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PNG not saved: {error}</source>
        <translation>PNG를 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}.</source>
        <translation>{name}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to save yet: compute a landscape first.</source>
        <translation>아직 저장할 것이 없습니다: 먼저 지형을 계산하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid not saved: {error}</source>
        <translation>격자를 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the grid to {name}.</source>
        <translation>격자를 {name}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PNG</source>
        <translation>PNG 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save landscape grid</source>
        <translation>지형 격자 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numpy archives (*.npz)</source>
        <translation>numpy 압축 파일 (*.npz)</translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <location filename="../../explorer/ui/labs/training/model_panel.py" line="+115"/>
        <source>Units (neurons) of hidden layer {n}</source>
        <translation>은닉층 {n}의 유닛(뉴런) 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation function (keras.activations)</source>
        <translation>활성화 함수 (keras.activations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout rate after this layer while training (0 = no Dropout layer)</source>
        <translation>학습 중 이 층 뒤의 드롭아웃 비율 (0 = Dropout 층 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove hidden layer {n}</source>
        <translation>은닉층 {n} 삭제</translation>
    </message>
</context>
<context>
    <name>LinePlot</name>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_plots.py" line="+222"/>
        <source>loss L</source>
        <translation>손실 L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>θ₀ initial</source>
        <translation>θ₀ 초기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>θ₁ final</source>
        <translation>θ₁ 최종</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab_racers.py" line="+29"/>
        <source>{surface} suggests: {rates}</source>
        <translation>{surface}의 권장값: {rates}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} added. The race had reached its last step (max {max}), so it restarts from step 0.</source>
        <translation>{name}을(를) 추가했습니다. 경주가 마지막 스텝(최대 {max})에 이르렀으므로 스텝 0부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} sets off from the start at step {step}; the others keep going.</source>
        <translation>{name}이(가) 스텝 {step}에서 시작점을 출발합니다. 다른 주자는 계속 달립니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} removed; the race restarts from step 0.</source>
        <translation>{name}을(를) 제거했습니다. 경주는 스텝 0부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning rates set to those {surface} suggests; the race restarts from step 0.</source>
        <translation>학습률을 {surface}의 권장값으로 바꿨습니다. 경주는 스텝 0부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Hyper-parameters changed; the race restarts from step 0.</source>
        <translation>하이퍼파라미터가 바뀌었습니다. 경주는 스텝 0부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your racers and their settings are kept. {surface} suggests other learning rates.</source>
        <translation>주자와 설정은 그대로입니다. {surface}은(는) 다른 학습률을 권장합니다.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/hidden.py" line="-101"/>
        <source>training the 2-2-1 net</source>
        <translation>2-2-1 신경망 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (cross-entropy)</source>
        <translation>손실 (교차 엔트로피)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../explorer/core/functions/losses.py" line="-267"/>
        <source>Regression (predict a number)</source>
        <translation>회귀 (숫자 예측)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary classification (labels 0/1)</source>
        <translation>이진 분류 (레이블 0/1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-class, one-hot labels</source>
        <translation>다중 분류, 원-핫 레이블</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-class, integer labels</source>
        <translation>다중 분류, 정수 레이블</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>linear (logits)</source>
        <translation>linear (로짓)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>δ: where Huber switches from quadratic to linear (Keras default 1.0).</source>
        <translation>δ: Huber 손실이 2차에서 1차(선형)로 바뀌는 지점 (Keras 기본값 1.0).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>True: y_pred are raw scores (logits) and the loss applies the sigmoid/softmax itself, which is more accurate.</source>
        <translation>True: y_pred가 가공하지 않은 점수(로짓)이고 손실 함수가 sigmoid/softmax를 직접 적용합니다. 이쪽이 수치적으로 더 정확합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Punishes large errors quadratically, so outliers dominate.</source>
        <translation>큰 오차에 제곱으로 벌점을 주므로 이상치가 손실을 좌우합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root mean squared error</source>
        <translation>평균 제곱근 오차</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a Keras loss function (RootMeanSquaredError is a metric): here √mse per sample, in the units of y.</source>
        <translation>Keras의 손실 함수가 아닙니다 (RootMeanSquaredError는 평가 지표). 여기서는 샘플별 √mse이며 단위는 y와 같습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robust to outliers; the gradient has the same size however close you are.</source>
        <translation>이상치에 강합니다. 정답에 얼마나 가깝든 기울기의 크기가 같습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MSE near the target, MAE far away: robust and smooth.</source>
        <translation>정답 근처에서는 MSE, 멀리서는 MAE처럼 동작합니다: 이상치에 강하고 매끄럽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-cosh</source>
        <translation>Log-cosh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ ½e² for small errors, ≈ |e| − log 2 for large.</source>
        <translation>오차가 작으면 ≈ ½e², 크면 ≈ |e| − log 2입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>−log p explodes as the probability of the true class goes to 0: confident mistakes cost a lot.</source>
        <translation>정답 클래스의 확률이 0에 가까워지면 −log p가 폭발합니다: 확신에 찬 오답은 비용이 큽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categorical cross-entropy</source>
        <translation>범주형 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the predicted probability of the true class matters: L = −log p_true.</source>
        <translation>정답 클래스의 예측 확률만 중요합니다: L = −log p_true.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparse categorical cross-entropy</source>
        <translation>희소 범주형 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same number as categorical cross-entropy, with labels 0…k−1 instead of one-hot vectors.</source>
        <translation>범주형 교차 엔트로피와 같은 값이며, 원-핫 벡터 대신 레이블 0…k−1을 받습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hinge</source>
        <translation>힌지</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>linear or tanh (a score)</source>
        <translation>linear 또는 tanh (점수)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The SVM&apos;s margin loss: zero once the score is on the right side by 1.</source>
        <translation>SVM의 마진 손실입니다: 점수가 올바른 쪽으로 1 이상 넘어가면 0입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Squared hinge</source>
        <translation>제곱 힌지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A smooth hinge: mistakes cost quadratically.</source>
        <translation>매끄러운 힌지입니다: 오답에 제곱으로 벌점을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/functions/batch.py" line="+38"/>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has {count} numbers; at most {most}</source>
        <translation>숫자가 {count}개입니다. 최대 {most}개까지입니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{token} is not a number</source>
        <translation>{token}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{token} is not a finite number</source>
        <translation>{token}은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the batch needs 1–{most} rows</source>
        <translation>배치는 1–{most}개 행이 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {line}, {field}: {problem}</source>
        <translation>{line}행 {field}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {line}, {field} has {count} numbers but row 1 has {first}</source>
        <translation>{line}행 {field}의 숫자는 {count}개인데 1행은 {first}개입니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <source>y_true and y_pred need the same number of values</source>
        <translation>y_true와 y_pred의 값 개수가 같아야 합니다</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>needs one integer label per row and ≥ 2 predicted values</source>
        <translation>행마다 정수 레이블 하나와 예측값 2개 이상이 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels must be whole numbers 0…{top}</source>
        <translation>레이블은 0…{top} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>labels must be −1/1 (or 0/1)</source>
        <translation>레이블은 −1/1 (또는 0/1)이어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y_true must lie in [0, 1]</source>
        <translation>y_true는 [0, 1] 안에 있어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs one-hot rows (≥ 2 values summing to 1)</source>
        <translation>원-핫 행이 필요합니다 (합이 1인 값 2개 이상)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y_pred must be probabilities in [0, 1]; use from_logits</source>
        <translation>y_pred는 [0, 1] 안의 확률이어야 합니다. from_logits를 쓰세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a y_pred row sums to 0</source>
        <translation>합이 0인 y_pred 행이 있습니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/functions/curves.py" line="+15"/>
        <source>a value (regression)</source>
        <translation>값 (회귀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a class 0/1 (binary)</source>
        <translation>클래스 0/1 (이진 분류)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a one-hot vector (multi-class)</source>
        <translation>원-핫 벡터 (다중 분류)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>prediction ŷ</source>
        <translation>예측값 ŷ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>logit z (score) of class 1</source>
        <translation>클래스 1의 로짓 z (점수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted probability p of class 1</source>
        <translation>클래스 1의 예측 확률 p</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>logit z of the true class {label}</source>
        <translation>정답 클래스 {label}의 로짓 z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted probability of the true class {label}</source>
        <translation>정답 클래스 {label}의 예측 확률</translation>
    </message>
</context>
<context>
    <name>LossesPage</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/losses_page.py" line="+14"/>
        <source>What the model should output for this sample</source>
        <translation>이 샘플에 대해 모델이 내야 할 출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target value y</source>
        <translation>목표값 y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The true class of this sample</source>
        <translation>이 샘플의 정답 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of classes k</source>
        <translation>클래스 수 k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The true class c (its one-hot 1)</source>
        <translation>정답 클래스 c (원-핫에서 1인 자리)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from logits (x axis: raw score)</source>
        <translation>로짓 입력 (x축: 가공 전 점수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from_logits=True: the model outputs raw scores and the loss applies sigmoid/softmax itself</source>
        <translation>from_logits=True: 모델이 가공 전 점수를 내고 손실 함수가 sigmoid/softmax를 직접 적용합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the x axis reaches either way</source>
        <translation>x축이 양쪽으로 뻗는 거리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target</source>
        <translation>정답 종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target y</source>
        <translation>목표값 y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classes k</source>
        <translation>클래스 수 k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class c</source>
        <translation>정답 클래스 c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x range ±</source>
        <translation>x 범위 ±</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The losses shown</source>
        <translation>표시된 손실 함수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss and gradient vs prediction</source>
        <translation>예측값에 따른 손실과 기울기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every loss on a small batch</source>
        <translation>작은 배치에서 모든 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type y_true and y_pred for a few samples and see which losses apply and their values</source>
        <translation>샘플 몇 개의 y_true와 y_pred를 입력하고 어떤 손실 함수가 적용되는지, 그 값은 얼마인지 보세요</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{name} (dashed: on {other} here)</source>
        <translation>{name} (점선: 여기서 {other}와 겹침)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>loss L</source>
        <translation>손실 L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient ∂L/∂ŷ_c (true class)</source>
        <translation>기울기 ∂L/∂ŷ_c (정답 클래스)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient ∂L/∂ŷ</source>
        <translation>기울기 ∂L/∂ŷ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(p clipped to [ε, 1−ε]: L ≤ {bound})</source>
        <translation>(p를 [ε, 1−ε]로 자름: L ≤ {bound})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cut off: −1/p near 0)</source>
        <translation>(잘림: 0 근처에서 −1/p)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Keras loss function</source>
        <translation>Keras 손실 함수 아님</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits: {problem}; output activation: {activation}</source>
        <translation>맞는 문제: {problem}; 출력층 활성화 함수: {activation}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sparse_categorical_crossentropy with the integer label c gives exactly the same curve.</source>
        <translation>정수 레이블 c로 sparse_categorical_crossentropy를 계산해도 똑같은 곡선이 나옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MSE on a probability is shown for contrast: its gradient stays small even for a confident mistake, cross-entropy&apos;s does not.</source>
        <translation>비교를 위해 확률에 대한 MSE도 보여 줍니다: 확신에 찬 오답에서도 MSE의 기울기는 작지만, 교차 엔트로피의 기울기는 그렇지 않습니다.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>with one output, √((ŷ − y)²) = |ŷ − y|</source>
        <translation>출력이 하나이면 √((ŷ − y)²) = |ŷ − y|</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is dashed: it lies exactly on {other} over the whole range shown ({reason})</source>
        <translation>{name}은(는) 점선입니다: 보이는 범위 전체에서 {other}와 정확히 겹칩니다 ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is dashed: it lies exactly on {other} over the whole range shown</source>
        <translation>{name}은(는) 점선입니다: 보이는 범위 전체에서 {other}와 정확히 겹칩니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="+49"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open scene…</source>
        <translation>장면 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save scene…</source>
        <translation>장면 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;picture (PNG, SVG, PDF)…</source>
        <translation>그림 내보내기(PNG, SVG, PDF)(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;animation (GIF, MP4)…</source>
        <translation>애니메이션 내보내기(GIF, MP4)(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;code…</source>
        <translation>코드 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+9"/>
        <source>No code for this lab</source>
        <translation>이 실험실에는 코드가 없습니다</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The {lab} draws its pictures from formulas: there is no training program behind them. The Optimizer, Perceptron and Training Labs have one.</source>
        <translation>{lab}은(는) 그림을 수식으로 그립니다: 그 뒤에 학습 프로그램이 없습니다. 옵티마이저·퍼셉트론·학습 실험실에는 있습니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>this lab has no keys of its own</source>
        <translation>이 실험실에는 전용 단축키가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lab} (while it has the focus)</source>
        <translation>{lab} (포커스가 있을 때)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved scene {name}</source>
        <translation>장면을 저장했습니다: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened scene {name}</source>
        <translation>장면을 열었습니다: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open scene</source>
        <translation>장면 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Scenes (*.json)</source>
        <translation>장면 (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open scene</source>
        <translation>장면을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save scene</source>
        <translation>장면을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/marks.py" line="+24"/>
        <source>undefined (no real value)</source>
        <translation>정의되지 않음 (실숫값 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>global minimum</source>
        <translation>전역 최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local minimum</source>
        <translation>지역 최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/views.py" line="-205"/>
        <source>−∇L  downhill (∝ |∇L|)</source>
        <translation>−∇L  내리막 (∝ |∇L|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δθ  last step (to scale)</source>
        <translation>Δθ  마지막 스텝 (실제 크기)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../explorer/core/nn/spec.py" line="+55"/>
        <source>loss {loss} needs class labels; use mse or mae for regression</source>
        <translation>손실 함수 {loss}에는 클래스 레이블이 필요합니다; 회귀에는 mse나 mae를 쓰세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax over one output unit is constant (always 1); use sigmoid (or a categorical cross-entropy loss, which gives one unit per class)</source>
        <translation>출력 유닛 하나에 대한 softmax는 상수(항상 1)입니다; sigmoid를 쓰세요 (또는 클래스마다 유닛 하나를 주는 범주형 교차 엔트로피 손실)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metric &apos;accuracy&apos; needs class labels; use mae or mse for regression</source>
        <translation>지표 &apos;accuracy&apos;에는 클래스 레이블이 필요합니다; 회귀에는 mae나 mse를 쓰세요</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_files.py" line="+46"/>
        <source>Nothing to save yet: train first (and stop the run).</source>
        <translation>아직 저장할 것이 없습니다: 먼저 학습하세요 (그리고 학습을 멈추세요).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop the training and choose valid data and model before loading.</source>
        <translation>불러오기 전에 학습을 멈추고 올바른 데이터와 모델을 고르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/labs/training/lab_render.py" line="+6"/>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow를 불러오는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the model to {path}.</source>
        <translation>모델을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded {name}: its weights are in place; Train continues from them.</source>
        <translation>{name}을(를) 불러왔습니다: 가중치가 적용되었으니, 학습을 누르면 이 가중치에서 이어집니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the history ({epochs} epochs) to {path}.</source>
        <translation>history({epochs} 에포크)를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Keras models (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Load model</source>
        <translation>모델 불러오기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export history</source>
        <translation>history 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/model.py" line="+180"/>
        <source>{file}: a model file must end in .keras</source>
        <translation>{file}: 모델 파일 이름은 .keras로 끝나야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: 그런 폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: cannot write the model ({reason})</source>
        <translation>{path}: 모델을 저장할 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file}: not a .keras model file</source>
        <translation>{file}: .keras 모델 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no such file</source>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a Keras model (the file is not a .keras archive; it may be damaged or truncated)</source>
        <translation>{file}: Keras 모델이 아닙니다 (.keras 압축 파일이 아닙니다. 손상되었거나 잘렸을 수 있습니다)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: cannot read the model ({reason})</source>
        <translation>{file}: 모델을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/training.py" line="+329"/>
        <source>{file}: its layers do not match this model ({layers} with the same activations); change the model or load another file</source>
        <translation>{file}: 층 구성이 이 모델({layers}, 같은 활성화 함수)과 맞지 않습니다. 모델을 바꾸거나 다른 파일을 불러오세요</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../explorer/ui/labs/training/model_panel.py" line="-58"/>
        <source>auto (accuracy / mae)</source>
        <translation>자동 (accuracy / mae)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mae and mse</source>
        <translation>mae와 mse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy and mse</source>
        <translation>accuracy와 mse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean squared error: (y − ŷ)², averaged</source>
        <translation>평균 제곱 오차: (y − ŷ)²의 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean absolute error: |y − ŷ|, averaged</source>
        <translation>평균 절대 오차: |y − ŷ|의 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−[y·log p + (1 − y)·log(1 − p)]: one sigmoid output</source>
        <translation>−[y·log p + (1 − y)·log(1 − p)]: sigmoid 출력 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−Σ y_k·log p_k with one-hot labels: one softmax unit per class</source>
        <translation>원-핫 레이블에 대한 −Σ y_k·log p_k: 클래스마다 softmax 유닛 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same with class indices instead of one-hot labels</source>
        <translation>같은 손실을 원-핫 레이블 대신 클래스 번호로</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>#  units · activation · dropout</source>
        <translation>#  유닛 · 활성화 함수 · 드롭아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append a Dense layer (at most {n})</source>
        <translation>Dense 층을 추가합니다 (최대 {n}개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (follows the task)</source>
        <translation>자동 (과제에 따라)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output layer activation: auto picks sigmoid (binary, one unit), softmax (one unit per class) or linear (regression)</source>
        <translation>출력층의 활성화 함수: 자동이면 sigmoid(이진, 유닛 하나), softmax(클래스마다 유닛 하나), linear(회귀) 중에서 고릅니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loss Keras minimises; auto: binary/categorical cross-entropy or mse</source>
        <translation>Keras가 최소화하는 손실 함수; 자동: 이진/범주형 교차 엔트로피 또는 mse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics Keras reports besides the loss (each gets a curve)</source>
        <translation>손실 외에 Keras가 보고하는 지표 (지표마다 곡선 하나)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keras.optimizers class, with Keras&apos;s defaults (the same update rules the Optimizer Lab races)</source>
        <translation>keras.optimizers 클래스, Keras 기본값 사용 (옵티마이저 실험실에서 경주하는 것과 같은 갱신 규칙)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>η, the step size. Editable while paused: training continues with the same weights and the new rate</source>
        <translation>η, 한 걸음의 크기. 일시정지 중에도 바꿀 수 있습니다: 같은 가중치와 새 학습률로 학습이 이어집니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples per gradient step (one batch)</source>
        <translation>경사 한 단계에 쓰는 샘플 수 (배치 하나)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training data. Raise it after a finished run to train on from the same weights</source>
        <translation>훈련 데이터를 도는 횟수. 학습이 끝난 뒤 늘리면 같은 가중치로 이어서 학습합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the training split Keras holds out for validation (the last rows, as validation_split does)</source>
        <translation>Keras가 검증용으로 떼어 두는 훈련 데이터의 비율 (validation_split처럼 마지막 행들)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the initial weights, dropout and batch shuffling</source>
        <translation>초기 가중치, 드롭아웃, 배치 섞기의 시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{range}: {rate} became {used}</source>
        <translation>{range}: {rate} 대신 {used} 사용</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+15"/>
        <location line="+97"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+13"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compile and fit</source>
        <translation>컴파일과 학습(fit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model.summary(): a Dense layer has (inputs + 1) × units parameters, one weight per input and unit plus one bias per unit.</source>
        <translation>model.summary(): Dense 층의 파라미터 수는 (입력 + 1) × 유닛, 입력과 유닛마다 가중치 하나, 유닛마다 편향 하나입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Total params: {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;전체 파라미터: {n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OptimizerLab</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab_texts.py" line="+28"/>
        <location line="+44"/>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Racers</source>
        <translation>주자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD randomness</source>
        <translation>SGD 무작위성</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom formula f(x, y)</source>
        <translation>직접 입력한 수식 f(x, y)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Loss landscape (from the Training Lab)</source>
        <translation>손실 지형 (학습 실험실에서)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choosing a surface loads its start; your racers stay</source>
        <translation>곡면을 고르면 그 곡면의 시작점을 불러옵니다. 주자는 그대로입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. sin(x)*cos(y) + 0.1*(x^2+y^2)</source>
        <translation>예: sin(x)*cos(y) + 0.1*(x^2+y^2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers, x, y, + − * / ^, parentheses, sin cos tan exp log sqrt abs tanh sinh cosh, pi, e. Press Enter to apply.</source>
        <translation>숫자, x, y, + − * / ^, 괄호, sin cos tan exp log sqrt abs tanh sinh cosh, pi, e를 쓸 수 있습니다. Enter를 누르면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add racer</source>
        <translation>주자 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a racer: mid-race it sets off from the start while the others keep going</source>
        <translation>주자 추가: 경주 도중이면 다른 주자가 계속 달리는 동안 시작점에서 출발합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected racer</source>
        <translation>선택한 주자 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use suggested learning rates</source>
        <translation>권장 학습률 사용</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>grid of starts</source>
        <translation>시작점 격자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise σ</source>
        <translation>잡음 σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start x (or click / drag on the surface)</source>
        <translation>시작점 x (곡면을 클릭하거나 끌어도 됩니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start y (or click / drag on the surface)</source>
        <translation>시작점 y (곡면을 클릭하거나 끌어도 됩니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: one start. n: an n×n grid of starts over the domain (at most {max})</source>
        <translation>1: 시작점 하나. n: 정의역 위에 n×n 격자로 놓인 시작점 (최대 {max})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>σ of the Gaussian noise SGD adds to the gradient</source>
        <translation>SGD가 기울기에 더하는 가우스 잡음의 σ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minibatch size SGD uses on the regression surface</source>
        <translation>회귀 곡면에서 SGD가 쓰는 미니배치 크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of SGD&apos;s randomness: the same seed gives the same race</source>
        <translation>SGD 무작위성의 시드: 시드가 같으면 경주도 같습니다</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log colour</source>
        <translation>로그 색</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour by log₁₀ of the height above the lowest point: shows the shape of narrow valleys such as Rosenbrock&apos;s</source>
        <translation>가장 낮은 점보다 높은 만큼의 log₁₀으로 색칠: Rosenbrock 같은 좁은 골짜기의 모양이 드러납니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−∇L arrows</source>
        <translation>−∇L 화살표</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downhill arrows: the direction plain gradient descent moves</source>
        <translation>내리막 화살표: 기본 경사하강법이 움직이는 방향</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δθ arrows</source>
        <translation>Δθ 화살표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step arrows: each racer&apos;s last step</source>
        <translation>스텝 화살표: 각 주자의 마지막 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-y curves</source>
        <translation>로그 y 곡선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the race, replayed from step 0, as a GIF or MP4 animation (Ctrl+Shift+E)</source>
        <translation>경주를 스텝 0부터 다시 재생해 GIF 또는 MP4 애니메이션으로 내보냅니다 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab.py" line="+382"/>
        <source>step {step}</source>
        <translation>스텝 {step}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab_texts.py" line="+4"/>
        <source>3-D</source>
        <translation>3-D</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab.py" line="-248"/>
        <source>joined the race at step {step}</source>
        <translation>스텝 {step}에서 경주에 합류</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Plot L − L* on a log scale</source>
        <translation>L − L*을 로그 눈금으로 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No known minimum: this surface is unbounded below</source>
        <translation>알려진 최솟값 없음: 이 곡면은 아래로 한없이 내려갑니다</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../explorer/core/optim/optimizers/common.py" line="+16"/>
        <source>Learning rate η: how far each step moves against the gradient.</source>
        <translation>학습률 η: 한 스텝마다 기울기 반대 방향으로 얼마나 멀리 움직이는지.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small constant ε that keeps the division finite (Keras default 1e-7).</source>
        <translation>나눗셈이 무한대가 되지 않게 하는 작은 상수 ε (Keras 기본값 1e-7).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decay β₁ of the first-moment (mean) estimate.</source>
        <translation>1차 모멘트(평균) 추정의 감쇠율 β₁.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay β₂ of the second-moment (squared) estimate.</source>
        <translation>2차 모멘트(제곱) 추정의 감쇠율 β₂.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum μ: how much velocity is kept.</source>
        <translation>모멘텀 μ: 속도를 얼마나 유지하는지.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/optim/optimizers/classic.py" line="+147"/>
        <source>Gradient descent: every step uses the exact (full-batch) gradient.</source>
        <translation>경사하강법: 매 스텝 정확한 (전체 배치) 기울기를 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>θ ← θ − η·∇L(θ)
g: a noisy / minibatch gradient</source>
        <translation>θ ← θ − η·∇L(θ)
g: 잡음이 섞인 / 미니배치 기울기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stochastic GD: the same rule on a noisy gradient (a random minibatch).</source>
        <translation>확률적 경사하강법: 같은 규칙을 잡음이 섞인 기울기(무작위 미니배치)에 적용합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps a velocity, so it rolls through flat parts and damps zig-zags.</source>
        <translation>속도를 유지하므로 평평한 곳을 굴러 지나가고 지그재그를 줄입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Momentum that looks ahead along its velocity before correcting.</source>
        <translation>속도 방향으로 앞을 내다본 뒤 보정하는 모멘텀.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../explorer/core/optim/optimizers/modern.py" line="+151"/>
        <source>Starting value a₀ of the accumulated squared gradients.</source>
        <translation>누적된 기울기 제곱의 시작값 a₀.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Divides by the root of all past squared gradients: steps shrink over time.</source>
        <translation>지난 모든 기울기 제곱의 합의 제곱근으로 나눕니다: 스텝이 점점 작아집니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decay ρ of the squared average.</source>
        <translation>제곱 평균의 감쇠율 ρ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional momentum on the step.</source>
        <translation>스텝에 더하는 모멘텀 (선택).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divide by the variance instead of the raw mean.</source>
        <translation>제곱 평균 대신 분산으로 나눕니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moving average of squared gradients, so old gradients are forgotten.</source>
        <translation>기울기 제곱의 이동 평균을 쓰므로 오래된 기울기는 잊힙니다.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>AMSGrad: never let the second moment shrink.</source>
        <translation>AMSGrad: 2차 모멘트가 줄어들지 않게 합니다.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Momentum plus RMSProp, with bias correction for the first steps.</source>
        <translation>모멘텀과 RMSProp의 결합, 처음 스텝들을 위한 편향 보정 포함.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>θ ← θ − η·λ·θ   (decoupled weight decay, λ = weight_decay)
m ← β₁·m + (1−β₁)·g
v ← β₂·v + (1−β₂)·g²
α ← η·√(1−β₂ᵗ) / (1−β₁ᵗ)
θ ← θ − α·m / (√v + ε)</source>
        <translation>θ ← θ − η·λ·θ   (분리된 가중치 감쇠, λ = weight_decay)
m ← β₁·m + (1−β₁)·g
v ← β₂·v + (1−β₂)·g²
α ← η·√(1−β₂ᵗ) / (1−β₁ᵗ)
θ ← θ − α·m / (√v + ε)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adam that shrinks the weights a little every step, apart from the gradient.</source>
        <translation>기울기와 별도로 매 스텝 가중치를 조금씩 줄이는 Adam입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decay ρ of both averages.</source>
        <translation>두 평균의 감쇠율 ρ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales steps by the ratio of past update size to past gradient size.</source>
        <translation>지난 갱신 크기와 지난 기울기 크기의 비로 스텝 크기를 조절합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adam with the infinity norm: divides by the largest recent |g|.</source>
        <translation>무한 노름을 쓰는 Adam: 최근 가장 큰 |g|로 나눕니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adam with Nesterov momentum: the step looks ahead along m.</source>
        <translation>Nesterov 모멘텀을 쓰는 Adam: 스텝이 m 방향으로 앞을 내다봅니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/optim/optimizers/modern.py" line="-20"/>
        <source>Decay β₂ of the momentum that is kept.</source>
        <translation>유지하는 모멘텀의 감쇠율 β₂.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps of the same size η in every coordinate: only the sign counts.</source>
        <translation>모든 좌표에서 같은 크기 η로 움직입니다: 부호만 중요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adam&apos;s direction, scaled so each step is η times the weights&apos; norm.</source>
        <translation>Adam의 방향을 쓰되, 한 스텝이 가중치 노름의 η배가 되도록 크기를 맞춥니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How fast the per-coordinate rate falls (≤ 0; −0.5 is AdaGrad-like).</source>
        <translation>좌표별 학습률이 줄어드는 속도 (≤ 0; −0.5이면 AdaGrad와 비슷).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L1 penalty: weights inside ±l1 of the linear term snap to 0.</source>
        <translation>L1 벌점: 선형 항이 ±l1 안에 있는 가중치는 0이 됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 penalty on the weights.</source>
        <translation>가중치에 대한 L2 벌점.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 shrinkage added to the gradient.</source>
        <translation>기울기에 더하는 L2 축소.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β of the per-coordinate rate (adds β/(2η) to the L2 penalty).</source>
        <translation>좌표별 학습률의 β (L2 벌점에 β/(2η)를 더함).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the regularised leader: solves for the weights from summed gradients.</source>
        <translation>정규화된 선도자 따르기(FTRL): 누적된 기울기로 가중치를 구합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>β₂ at step t is 1 − t^beta_2_decay.</source>
        <translation>스텝 t에서 β₂는 1 − t^beta_2_decay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ε₁ added to g² before averaging.</source>
        <translation>평균 내기 전에 g²에 더하는 ε₁.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ε₂: the smallest weight scale a step is relative to.</source>
        <translation>ε₂: 스텝의 기준이 되는 가장 작은 가중치 크기.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest RMS of the normalised update u.</source>
        <translation>정규화된 갱신 u의 RMS 최댓값.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap η at 1/√t (Keras 3 caps ρ the same way either way).</source>
        <translation>η를 1/√t로 제한 (Keras 3은 어느 쪽이든 ρ를 똑같이 제한합니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vector (rank &lt; 2): Keras keeps an unfactored second moment v
ρ ← min(η, 1/√t)    α ← max(ε₂, RMS(θ))·ρ    β₂ₜ ← 1 − t^decay
v ← β₂ₜ·v + (1−β₂ₜ)·(g² + ε₁)
u ← g/√v    û ← u / max(1, RMS(u)/d)
θ ← θ − α·û</source>
        <translation>벡터(랭크 &lt; 2): Keras는 인수분해하지 않은 2차 모멘트 v를 씁니다
ρ ← min(η, 1/√t)    α ← max(ε₂, RMS(θ))·ρ    β₂ₜ ← 1 − t^decay
v ← β₂ₜ·v + (1−β₂ₜ)·(g² + ε₁)
u ← g/√v    û ← u / max(1, RMS(u)/d)
θ ← θ − α·û</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps relative to the weights&apos; size, with a decaying RMSProp average.</source>
        <translation>가중치 크기에 비례하는 스텝, 감쇠하는 RMSProp 평균을 씁니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Small constant ε that keeps the division finite (default 1e-8).</source>
        <translation>나눗셈을 유한하게 지켜 주는 작은 상수 ε (기본값 1e-8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps over which η rises linearly from 0.</source>
        <translation>η가 0에서 선형으로 올라가는 스텝 수.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ball is y, where Keras takes the gradient; the faint ball is x
v ← β₂·v + (1−β₂)·g²
z ← z − η·g / (√(v/(1−β₂ᵗ)) + ε)
x ← (1 − 1/t)·(y − (1−β₁)·z)/β₁ + (1/t)·z   (Keras on TensorFlow: the new z)
θ = y ← (1−β₁)·z + β₁·x</source>
        <translation>공은 Keras가 기울기를 구하는 점 y, 흐린 공은 x입니다
v ← β₂·v + (1−β₂)·g²
z ← z − η·g / (√(v/(1−β₂ᵗ)) + ε)
x ← (1 − 1/t)·(y − (1−β₁)·z)/β₁ + (1/t)·z   (TensorFlow의 Keras: 새 z)
θ = y ← (1−β₁)·z + β₁·x</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Averages its iterates instead of needing a schedule; the average is drawn faint.</source>
        <translation>스케줄 대신 지나온 점들을 평균합니다; 평균은 흐리게 그립니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>β₁ of the AdamW path (vectors).</source>
        <translation>AdamW 경로의 β₁ (벡터).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β₂ of the AdamW path (vectors).</source>
        <translation>AdamW 경로의 β₂ (벡터).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay λ of the AdamW path: Keras uses it, not weight_decay, for vectors.</source>
        <translation>AdamW 경로의 가중치 감쇠 λ: 벡터에는 weight_decay 대신 이 값을 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AdamW path&apos;s learning rate is η times this.</source>
        <translation>AdamW 경로의 학습률은 η에 이 값을 곱한 것입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vector is not a matrix: Keras updates it with Muon&apos;s AdamW path
θ ← θ − η·λ·θ    (λ = adam_weight_decay)
m ← β₁·m + (1−β₁)·g
v ← β₂·v + (1−β₂)·g²
θ ← θ − η·r·√(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε)    (r = adam_lr_ratio)</source>
        <translation>벡터는 행렬이 아니므로 Keras는 Muon의 AdamW 경로로 갱신합니다
θ ← θ − η·λ·θ    (λ = adam_weight_decay)
m ← β₁·m + (1−β₁)·g
v ← β₂·v + (1−β₂)·g²
θ ← θ − η·r·√(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε)    (r = adam_lr_ratio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orthogonalised momentum for weight matrices; a vector takes its AdamW path.</source>
        <translation>가중치 행렬을 위한 직교화된 모멘텀; 벡터는 AdamW 경로를 탑니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/optim/optimizers/options.py" line="+23"/>
        <source>Decoupled weight decay λ: before each step θ ← θ − η·λ·θ.</source>
        <translation>분리된 가중치 감쇠 λ: 매 스텝 전에 θ ← θ − η·λ·θ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescale each variable&apos;s gradient so its norm is at most this.</source>
        <translation>각 변수의 기울기 노름이 이 값을 넘지 않도록 다시 맞춥니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip every gradient component to [−value, value].</source>
        <translation>기울기의 모든 성분을 [−value, value]로 자릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescale all gradients together so their joint norm is at most this (one racer is one variable, so here it acts like clipnorm).</source>
        <translation>모든 기울기를 함께 다시 맞춰 전체 노름이 이 값을 넘지 않게 합니다 (주자 하나가 변수 하나이므로 여기서는 clipnorm과 같습니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep an exponential moving average of the weights (drawn as a faint ball).</source>
        <translation>가중치의 지수 이동 평균을 유지합니다 (흐린 공으로 그림).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much of the old average the EMA keeps each step.</source>
        <translation>EMA가 매 스텝 이전 평균을 얼마나 남기는지.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every this many steps, replace the weights by their moving average.</source>
        <translation>이 스텝 수마다 가중치를 이동 평균으로 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../explorer/ui/widgets/options_form.py" line="+67"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arguments every keras.optimizers class takes: weight decay, gradient clipping and an exponential moving average (EMA) of the weights</source>
        <translation>모든 keras.optimizers 클래스가 받는 인자: 가중치 감쇠, 기울기 클리핑, 가중치의 지수 이동 평균(EMA)</translation>
    </message>
</context>
<context>
    <name>ParamField</name>
    <message>
        <location filename="../../explorer/ui/widgets/hyper_form.py" line="-139"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set: Keras&apos;s default (None)</source>
        <translation>설정하지 않음: Keras 기본값(None)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default, or e.g. 100, 200</source>
        <translation>기본값, 또는 예: 100, 200</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <location filename="../../explorer/core/perceptron/network.py" line="+239"/>
        <source>All {rows} rows of {gate} right from epoch {epoch}; loss {loss} after {epochs} epochs.</source>
        <translation>에포크 {epoch}부터 {gate}의 {rows}개 행이 모두 맞습니다. 에포크 {epochs} 후 손실 {loss}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy {accuracy} on {gate} after {epochs} epochs (loss {loss}): stuck, probably a local minimum. Try another seed, more hidden units or more epochs.</source>
        <translation>에포크 {epochs} 후 {gate} 정확도 {accuracy} (손실 {loss}): 멈췄습니다. 아마 지역 최솟값입니다. 다른 시드나 더 많은 은닉 유닛, 더 많은 에포크를 시도해 보세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/perceptron/rule.py" line="+264"/>
        <source>{n} epoch</source>
        <translation>{n} 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} epochs</source>
        <translation>{n} 에포크</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} row</source>
        <translation>{n}개 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <translation>{n}개 행</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} mistake</source>
        <translation>{n}번</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mistakes</source>
        <translation>{n}번</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Converged after {epochs}: every row is right.</source>
        <translation>{epochs} 만에 수렴했습니다: 모든 행이 맞습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No straight line separates {gate}&apos;s classes: after {epochs}, with the current weights, {wrong} of {rows} rows are wrong; the last epoch made {mistakes} (one update each) and the weights cycle.</source>
        <translation>어떤 직선도 {gate}의 두 클래스를 나누지 못합니다: {epochs} 후 현재 가중치로 {rows}개 행 중 {wrong}개가 틀리고, 마지막 에포크에서는 {mistakes} 틀렸으며(틀릴 때마다 한 번 갱신) 가중치는 같은 값들을 맴돕니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No straight line separates {gate}&apos;s classes: after {epochs}, with the current weights, {wrong} of {rows} rows are wrong; the last epoch made {mistakes} (one update each).</source>
        <translation>어떤 직선도 {gate}의 두 클래스를 나누지 못합니다: {epochs} 후 현재 가중치로 {rows}개 행 중 {wrong}개가 틀리고, 마지막 에포크에서는 {mistakes} 틀렸습니다(틀릴 때마다 한 번 갱신).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not converged after {epochs}: {wrong_rows} still wrong. {gate} is linearly separable, so more epochs will get there.</source>
        <translation>{epochs} 후에도 수렴하지 못했습니다: 아직 {wrong_rows}이 틀립니다. {gate} 게이트는 선형 분리 가능하므로 에포크를 늘리면 수렴합니다.</translation>
    </message>
</context>
<context>
    <name>PerceptronLab</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/lab.py" line="+29"/>
        <source>Perceptron</source>
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a hidden layer (2-2-1)</source>
        <translation>은닉층 추가 (2-2-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the learning run, replayed from its start, as a GIF or MP4 animation (Ctrl+Shift+E)</source>
        <translation>학습 과정을 처음부터 다시 재생해 GIF 또는 MP4 애니메이션으로 내보냅니다 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>⚠ Training failed: {message}</source>
        <translation>⚠ 학습 실패: {message}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>start (epoch 0)</source>
        <translation>시작 (에포크 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch {epoch} · sample {sample}/{samples}</source>
        <translation>에포크 {epoch} · 샘플 {sample}/{samples}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/lab_exports.py" line="+57"/>
        <source>2-2-1 network, seed {seed}</source>
        <translation>2-2-1 신경망, 시드 {seed}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>perceptron rule, η = {eta}, seed {seed}</source>
        <translation>퍼셉트론 학습 규칙, η = {eta}, 시드 {seed}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
</context>
<context>
    <name>PerceptronLegend</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/plots.py" line="-415"/>
        <source>d = 0 (circle)</source>
        <translation>d = 0 (원)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d = 1 (square)</source>
        <translation>d = 1 (사각형)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong output</source>
        <translation>틀린 출력</translation>
    </message>
</context>
<context>
    <name>PerceptronPage</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/page.py" line="+128"/>
        <source>The update the rule just made: Δw = η(d − y)x, Δb = η(d − y)</source>
        <translation>학습 규칙이 방금 한 갱신: Δw = η(d − y)x, Δb = η(d − y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many rows of the truth table the current weights get right (the errors chart counts the mistakes made during each epoch instead)</source>
        <translation>현재 가중치로 진리표의 몇 행이 맞는지 (오류 차트는 대신 각 에포크 동안 틀린 횟수를 셉니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input space: the line w₁x₁ + w₂x₂ + b = 0</source>
        <translation>입력 공간: 직선 w₁x₁ + w₂x₂ + b = 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table always uses the weights shown as &quot;now&quot;: after the last update, so the row just visited may already be right although the rule found it wrong</source>
        <translation>표는 항상 &quot;지금&quot; 가중치(마지막 갱신 후)를 씁니다. 그래서 방금 방문한 행은 학습 규칙이 틀렸다고 판단했어도 이미 맞을 수 있습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d (target)</source>
        <translation>d (목표)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y (output)</source>
        <translation>y (출력)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample just visited</source>
        <translation>방금 방문한 샘플</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line now</source>
        <translation>지금 직선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line before</source>
        <translation>이전 직선</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights that solve the gate</source>
        <translation>게이트를 푸는 가중치</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✔ Solved: all {rows} rows of {gate} are right</source>
        <translation>✔ 해결: {gate}의 {rows}개 행이 모두 맞습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ {wrong} of {rows} rows are wrong with the current weights ({right}/{rows} right)</source>
        <translation>✗ 현재 가중치로 {rows}개 행 중 {wrong}개가 틀립니다 ({right}/{rows} 정답)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Truth table with the weights at the start&lt;/b&gt;</source>
        <translation>&lt;b&gt;시작 가중치로 본 진리표&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Truth table with the weights now (after this update)&lt;/b&gt;</source>
        <translation>&lt;b&gt;지금 가중치로 본 진리표 (이번 갱신 후)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Start&lt;/b&gt;: w = {w}, b = {b}, drawn uniformly from [−1, 1]. The rule visits the rows in order; press → for one sample.</source>
        <translation>&lt;b&gt;시작&lt;/b&gt;: w = {w}, b = {b}, [−1, 1]에서 균등하게 뽑았습니다. 학습 규칙은 행을 순서대로 방문합니다. →를 누르면 샘플 하나만큼 진행합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Start&lt;/b&gt; (seed {seed}): w = {w}, b = {b}, drawn uniformly from [−1, 1]. The rule visits the rows in order; press → for one sample.</source>
        <translation>&lt;b&gt;시작&lt;/b&gt; (시드 {seed}): w = {w}, b = {b}, [−1, 1]에서 균등하게 뽑았습니다. 학습 규칙은 행을 순서대로 방문합니다. →를 누르면 샘플 하나만큼 진행합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Δw = η(d − y)x with η = {eta}: nothing yet</source>
        <translation>Δw = η(d − y)x, η = {eta}: 아직 갱신 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;✗ wrong&lt;/b&gt;&lt;/span&gt;, so the weights move</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;✗ 틀림&lt;/b&gt;&lt;/span&gt;, 그래서 가중치가 바뀝니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;✓ right&lt;/b&gt;&lt;/span&gt;, so nothing changes</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;✓ 맞음&lt;/b&gt;&lt;/span&gt;, 그래서 아무것도 바뀌지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Epoch {epoch}, sample {sample} of {samples}&lt;/b&gt;: x = {x}, d = {d}. &lt;i&gt;Before the update:&lt;/i&gt; w·x + b = {net} → y = {y} {verdict}. &lt;i&gt;After the update&lt;/i&gt; (the table): w = {w}, b = {b}, and this row gives w·x + b = {now} → y = {now_y}.</source>
        <translation>&lt;b&gt;에포크 {epoch}, 샘플 {sample}/{samples}&lt;/b&gt;: x = {x}, d = {d}. &lt;i&gt;갱신 전:&lt;/i&gt; w·x + b = {net} → y = {y} {verdict}. &lt;i&gt;갱신 후&lt;/i&gt; (표): w = {w}, b = {b}, 이 행은 w·x + b = {now} → y = {now_y}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Truth table with the weights set by hand&lt;/b&gt;</source>
        <translation>&lt;b&gt;직접 정한 가중치로 본 진리표&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Weights set by hand&lt;/b&gt; for {gate}: w = {w}, b = {b}. Every row x gives y = step(w·x + b).</source>
        <translation>{gate}에 대해 &lt;b&gt;직접 정한 가중치&lt;/b&gt;: w = {w}, b = {b}. 각 행 x의 출력은 y = step(w·x + b)입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line: {equation} · {right} of {rows} rows right</source>
        <translation>직선: {equation} · {rows}개 행 중 {right}개 정답</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any (w₁, w₂) inside the green region of weight space solves it with this b: click there.</source>
        <translation>가중치 공간의 초록 영역 안에 있는 (w₁, w₂)는 모두 이 b로 문제를 풉니다: 그곳을 클릭하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No line separates {gate}&apos;s classes: some row stays wrong whatever you do. That is why it needs a hidden layer.</source>
        <translation>어떤 직선도 {gate}의 두 클래스를 나누지 못합니다: 무엇을 해도 어떤 행은 틀립니다. 그래서 은닉층이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Hand mode.&lt;/b&gt; Drag the sliders, type numbers, or press a preset. {tip}</source>
        <translation>&lt;b&gt;직접 설정 모드.&lt;/b&gt; 슬라이더를 끌거나, 숫자를 입력하거나, 프리셋을 누르세요. {tip}</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../../explorer/ui/widgets/playback.py" line="+99"/>
        <source>Samples per second ({low}–{high})</source>
        <translation>초당 샘플 수 ({low}–{high})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many samples</source>
        <translation>이만큼의 샘플 뒤에 멈춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{speed} samples/s</source>
        <translation>{speed} 샘플/초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samples: {count}</source>
        <translation>샘플: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps per second ({low}–{high})</source>
        <translation>초당 스텝 수 ({low}–{high})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many steps</source>
        <translation>이만큼의 스텝 뒤에 멈춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{speed} steps/s</source>
        <translation>{speed} 스텝/초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps: {count}</source>
        <translation>스텝: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance one step (→)</source>
        <translation>한 스텝 진행 (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start (R)</source>
        <translation>처음으로 (R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../explorer/core/nn/presets.py" line="+67"/>
        <source>OR with one linear unit</source>
        <translation>선형 유닛 하나로 OR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 001: Dense(1, activation=&apos;linear&apos;) on OR, SGD, mse, 500 epochs.</source>
        <translation>강의 001: OR에 Dense(1, activation=&apos;linear&apos;), SGD, mse, 500 에포크.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAND with one linear unit</source>
        <translation>선형 유닛 하나로 NAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 001: Dense(1, activation=&apos;linear&apos;) on NAND, SGD, mse, 500 epochs.</source>
        <translation>강의 001: NAND에 Dense(1, activation=&apos;linear&apos;), SGD, mse, 500 에포크.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XOR with one linear unit</source>
        <translation>선형 유닛 하나로 XOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 001: Dense(1, activation=&apos;linear&apos;) on XOR, SGD, mse, 500 epochs.</source>
        <translation>강의 001: XOR에 Dense(1, activation=&apos;linear&apos;), SGD, mse, 500 에포크.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reaches 100 % accuracy</source>
        <translation>정확도 100 %에 도달합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stays at chance: no line separates XOR</source>
        <translation>찍는 수준에 머뭅니다: 어떤 직선도 XOR을 나누지 못합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>XOR: 2→32 relu→1 sigmoid</source>
        <translation>XOR: 2→32 relu→1 sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 001: the multi-layer perceptron that solves XOR (RMSprop, mse, 500 epochs).</source>
        <translation>강의 001: XOR을 푸는 다층 퍼셉트론 (RMSprop, mse, 500 에포크).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XOR: 2→5 sigmoid→2 softmax</source>
        <translation>XOR: 2→5 sigmoid→2 softmax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR with two softmax outputs (one per class) and categorical cross-entropy (Adam, 1,000 epochs).</source>
        <translation>softmax 출력 두 개(클래스마다 하나)와 범주형 교차 엔트로피로 푸는 XOR (Adam, 1,000 에포크).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boston housing: 13→8 relu→4 relu→1</source>
        <translation>보스턴 주택 가격: 13→8 relu→4 relu→1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 000: house prices (regression), Adam 1e-3, mse, metrics mae and mse, 20 epochs.</source>
        <translation>강의 000: 주택 가격 (회귀), Adam 1e-3, mse, 지표 mae와 mse, 20 에포크.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the loss falls every epoch; test mae about 6–9 (the course got 8)</source>
        <translation>손실이 에포크마다 줄어듭니다; 테스트 mae는 약 6–9 (강의에서는 8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits: 64→64 relu→32 relu→10 softmax</source>
        <translation>손글씨 숫자: 64→64 relu→32 relu→10 softmax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8×8 handwritten digits, the small cousin of the course&apos;s MNIST model (Adam, categorical cross-entropy, batch 128).</source>
        <translation>8×8 손글씨 숫자, 강의의 MNIST 모델의 작은 사촌 (Adam, 범주형 교차 엔트로피, 배치 128).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above 90 % test accuracy</source>
        <translation>테스트 정확도 90 % 이상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST: 784→64 relu→32 relu→10 softmax</source>
        <translation>MNIST: 784→64 relu→32 relu→10 softmax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course 001: MNIST from the Keras cache (offered only when it is there), Adam, categorical cross-entropy, batch 128.</source>
        <translation>강의 001: Keras 캐시의 MNIST (캐시에 있을 때만 제공), Adam, 범주형 교차 엔트로피, 배치 128.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about 97 % test accuracy</source>
        <translation>테스트 정확도 약 97 %</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../explorer/ui/labs/training/progress_strip.py" line="+54"/>
        <source>Completed epochs of the planned total, and the batch under way</source>
        <translation>계획한 전체 중 끝난 에포크 수와 진행 중인 배치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress over all planned epochs</source>
        <translation>계획한 전체 에포크에 대한 진행률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated time left at the current speed (pauses excluded)</source>
        <translation>현재 속도로 예상한 남은 시간 (일시정지 제외)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: {epochs} epochs</source>
        <translation>완료: {epochs} 에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{rate} samples/s</source>
        <translation>초당 {rate} 샘플</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA {time} · {rate}</source>
        <translation>남은 시간 {time} · {rate}</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <location filename="../../explorer/core/optim/race.py" line="+269"/>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>converged @{step}</source>
        <translation>수렴 @{step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converged @{step} — {kind}</source>
        <translation>수렴 @{step} — {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converged @{step} — {kind} {point}</source>
        <translation>수렴 @{step} — {kind} {point}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>escaped the saddle; loss unbounded below @{step}</source>
        <translation>안장점 탈출, 손실 하한 없음 @{step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escaped; loss unbounded below @{step}</source>
        <translation>탈출, 손실이 한없이 내려감 @{step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undefined at the start</source>
        <translation>시작점에서 정의되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined (no real value) @{step}</source>
        <translation>정의되지 않음 (실숫값 없음) @{step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged @{step}</source>
        <translation>발산 @{step}</translation>
    </message>
</context>
<context>
    <name>RaceCurves</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/plots.py" line="+41"/>
        <source>distance to the nearest global minimum</source>
        <translation>가장 가까운 전역 최솟값까지의 거리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance to the global minimum</source>
        <translation>전역 최솟값까지의 거리</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>(log scale)</source>
        <translation>(로그 눈금)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height above the best minimum, L − L*</source>
        <translation>가장 낮은 최솟값보다 높은 정도, L − L*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss L</source>
        <translation>손실 L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no real value to plot: the loss is undefined here</source>
        <translation>그릴 실숫값 없음: 여기서는 손실이 정의되지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ran off to {value}</source>
        <translation>{name}: {value}까지 벗어남</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} to {value}</source>
        <translation>{name}은(는) {value}까지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>y-range clipped: {parts}</source>
        <translation>y 범위 잘림: {parts}</translation>
    </message>
</context>
<context>
    <name>RaceLegend</name>
    <message>
        <location filename="../../explorer/ui/widgets/legend.py" line="+63"/>
        <source>racer</source>
        <translation>주자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a racer to edit its hyper-parameters</source>
        <translation>주자를 선택하면 하이퍼파라미터를 고칠 수 있습니다</translation>
    </message>
</context>
<context>
    <name>RacerDialog</name>
    <message>
        <location filename="../../explorer/ui/labs/training/racer_dialog.py" line="+44"/>
        <source>{optimizer} settings</source>
        <translation>{optimizer} 설정</translation>
    </message>
</context>
<context>
    <name>RegressionView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/regression.py" line="+76"/>
        <source>Each dot is a test sample: its target (x) and the model&apos;s prediction (y); right, the error ŷ − y</source>
        <translation>점 하나가 테스트 샘플 하나: 목표값(x)과 모델의 예측(y); 오른쪽은 오차 ŷ − y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predicted vs target (test split)</source>
        <translation>예측 대 목표 (테스트 데이터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>target y</source>
        <translation>목표 y</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>predicted ŷ</source>
        <translation>예측 ŷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residuals ŷ − y</source>
        <translation>잔차 ŷ − y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the dashed line the prediction equals the target. Points above it are over-estimates, below it under-estimates.</source>
        <translation>점선 위에서는 예측이 목표와 같습니다. 점선보다 위의 점은 과대 추정, 아래의 점은 과소 추정입니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Test split&lt;/b&gt; ({n} samples), epoch {epoch}: {scores}</source>
        <translation>&lt;b&gt;테스트 데이터&lt;/b&gt; (샘플 {n}개), 에포크 {epoch}: {scores}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {n} test samples. Train to see the predictions.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: 테스트 샘플 {n}개. 학습시키면 예측을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train to see the predictions on the test split.</source>
        <translation>학습시키면 테스트 데이터에 대한 예측을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SampleTransport</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/panel.py" line="-58"/>
        <source>Visit one sample: apply the rule once (→)</source>
        <translation>샘플 하나 방문: 학습 규칙을 한 번 적용 (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the initial weights of this seed (R)</source>
        <translation>이 시드의 초기 가중치로 돌아가기 (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max epochs</source>
        <translation>최대 에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch limit: the rule stops here if no epoch is error-free (an epoch visits every row once)</source>
        <translation>에포크 한도: 오류 없는 에포크가 나오지 않으면 학습 규칙이 여기서 멈춥니다 (한 에포크는 모든 행을 한 번씩 방문)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the current epoch: visit the remaining rows (Shift+→)</source>
        <translation>현재 에포크 마치기: 남은 행을 방문 (Shift+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the end of the run: converged or epoch limit (E)</source>
        <translation>학습의 끝으로 이동: 수렴 또는 에포크 한도 (E)</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../../explorer/core/nn/landscape/settings.py" line="+40"/>
        <source>kind must be one of {choices}, not {value}</source>
        <translation>kind는 {value}이(가) 아니라 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>span must be a number &gt; 0, not {value}</source>
        <translation>span은 {value}이(가) 아니라 0보다 큰 수여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution must be an integer 3–{most}, not {value}</source>
        <translation>resolution은 {value}이(가) 아니라 3–{most} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split must be &apos;train&apos; or &apos;test&apos;, not {value}</source>
        <translation>split은 {value}이(가) 아니라 &apos;train&apos; 또는 &apos;test&apos;여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed must be an integer 0–4294967295, not {value}</source>
        <translation>seed는 {value}이(가) 아니라 0–4294967295 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bias must be &apos;zero&apos; or &apos;normalize&apos;, not {value}</source>
        <translation>bias는 {value}이(가) 아니라 &apos;zero&apos; 또는 &apos;normalize&apos;여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alpha must be (low, high), not {value}</source>
        <translation>alpha는 {value}이(가) 아니라 (low, high)여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max_samples must be a positive integer or None, not {value}</source>
        <translation>max_samples는 {value}이(가) 아니라 양의 정수 또는 None이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/spec.py" line="+12"/>
        <source>{where}, hidden layer {number}</source>
        <translation>{where}, 은닉층 {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;units&apos; must be an integer 1–{most}, not {value}</source>
        <translation>&apos;units&apos;는 {value}이(가) 아니라 1–{most} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown activation {name}; choose one of {choices}</source>
        <translation>알 수 없는 활성화 함수 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;dropout&apos; must be a rate 0 ≤ r &lt; 1, not {value}</source>
        <translation>&apos;dropout&apos;은 {value}이(가) 아니라 0 ≤ r &lt; 1인 비율이어야 합니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>hidden layer</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>at most {most} hidden layers, not {count}</source>
        <translation>은닉층은 {count}개가 아니라 최대 {most}개여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hidden layer {number} must be a LayerSpec</source>
        <translation>은닉층 {number}은(는) LayerSpec이어야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown output_activation {name}; choose one of {choices}</source>
        <translation>알 수 없는 output_activation {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown loss {name}; choose one of {choices}</source>
        <translation>알 수 없는 손실 함수 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown optimizer {name}; choose one of {choices}</source>
        <translation>알 수 없는 옵티마이저 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;learning_rate&apos; must be a number &gt; 0 (at most 1e6), not {value}</source>
        <translation>&apos;learning_rate&apos;는 {value}이(가) 아니라 0보다 큰 수(최대 1e6)여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metric {name}; choose from {choices}</source>
        <translation>알 수 없는 지표 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;validation_split&apos; must be 0 ≤ v &lt; 1, not {value}</source>
        <translation>&apos;validation_split&apos;은 {value}이(가) 아니라 0 ≤ v &lt; 1이어야 합니다</translation>
    </message>
    <message>
        <location line="-162"/>
        <location filename="../../explorer/core/optim/race_setup.py" line="+308"/>
        <source>&apos;options&apos; must be an object</source>
        <translation>&apos;options&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;schedule&apos; must be null or an object with a name and params</source>
        <translation>&apos;schedule&apos;은 null이거나 name과 params가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>optimizer: {error}</source>
        <translation>옵티마이저: {error}</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>unknown task {name}; choose one of {choices}</source>
        <translation>알 수 없는 과제 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data needs at least one feature, not {value}</source>
        <translation>데이터에는 특성이 하나 이상 있어야 합니다 ({value}이(가) 아니라)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {task} task needs at least 2 classes, not {count}</source>
        <translation>{task} 과제에는 클래스가 {count}개가 아니라 2개 이상 필요합니다</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&apos;hidden&apos; must be a list of layers</source>
        <translation>&apos;hidden&apos;은 층의 리스트여야 합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;metrics&apos; must be a list of names</source>
        <translation>&apos;metrics&apos;는 이름의 리스트여야 합니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be an object with &apos;units&apos;, &apos;activation&apos; and &apos;dropout&apos;</source>
        <translation>&apos;units&apos;, &apos;activation&apos;, &apos;dropout&apos;을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/scene.py" line="+28"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>리스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field {name}</source>
        <translation>알 수 없는 필드 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be one of {choices}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be an integer {low}–{high}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {low}–{high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>올바른 JSON이 아닙니다: {line}행 {column}열에서 {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an Optimizer Explorer scene (the &apos;format&apos; field is missing or different)</source>
        <translation>Optimizer Explorer 장면 파일이 아닙니다 (&apos;format&apos; 필드가 없거나 다릅니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scene&apos;s &apos;version&apos; must be a positive integer, not {value}</source>
        <translation>장면 파일의 &apos;version&apos;은 {value}이(가) 아니라 양의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scene was written by a newer version of the app (scene version {version}; this app reads up to {newest})</source>
        <translation>더 새로운 버전의 앱이 저장한 장면 파일입니다 (장면 파일 버전 {version}; 이 앱은 {newest}까지 읽을 수 있습니다)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scene&apos;s &apos;labs&apos; field must map lab names to objects</source>
        <translation>장면 파일의 &apos;labs&apos; 필드는 실험실 이름마다 객체를 가져야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown lab {lab} in the scene; known: {known}</source>
        <translation>장면 파일에 알 수 없는 실험실 {lab}이(가) 있습니다. 알려진 실험실: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown lab {lab} in the scene</source>
        <translation>장면 파일에 알 수 없는 실험실 {lab}이(가) 있습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is larger than {most} MB; a scene is a small JSON file</source>
        <translation>{file}이(가) {most} MB보다 큽니다. 장면 파일은 작은 JSON 파일입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not a text (UTF-8) file</source>
        <translation>{file}은(는) 텍스트(UTF-8) 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{key}&apos; must be {kinds}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {kinds}이어야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <location filename="../../explorer/core/surfaces/grid.py" line="+85"/>
        <source>&apos;landscape&apos; must be an object</source>
        <translation>&apos;landscape&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stored landscape is unusable ({reason})</source>
        <translation>저장된 손실 지형을 쓸 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/activations_page.py" line="+309"/>
        <source>&apos;selected&apos; must list at most {most} names</source>
        <translation>&apos;selected&apos;에는 이름을 최대 {most}개까지 넣을 수 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;x_min&apos; ({low}) must be below &apos;x_max&apos; ({high})</source>
        <translation>&apos;x_min&apos;({low})은 &apos;x_max&apos;({high})보다 작아야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no parameters for {name}</source>
        <translation>{name}에는 매개변수가 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown parameter {name}</source>
        <translation>알 수 없는 매개변수 {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/batch_panel.py" line="+23"/>
        <source>&apos;batch&apos; must be a list of [y_true, y_pred] text pairs</source>
        <translation>&apos;batch&apos;는 [y_true, y_pred] 텍스트 쌍의 리스트여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}, batch: {problem}</source>
        <translation>{where}, 배치: {problem}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/common.py" line="+219"/>
        <source>&apos;{key}&apos; must be between {low} and {high}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{key}&apos; must be a whole number {low}–{high}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {low}–{high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/lab.py" line="+88"/>
        <source>the state must be an object</source>
        <translation>상태는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/gallery/softmax_page.py" line="+212"/>
        <source>&apos;logits&apos; needs {low}–{high} numbers</source>
        <translation>&apos;logits&apos;에는 수가 {low}–{high}개 필요합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/settings.py" line="+73"/>
        <source>the state must be an object, not {value}</source>
        <translation>상태는 {value}이(가) 아니라 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;hand&apos; must be [w1, w2, b], not {value}</source>
        <translation>&apos;hand&apos;는 {value}이(가) 아니라 [w1, w2, b]여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the hidden layer is offered only for gates no line separates (xor, xnor), not {gate}</source>
        <translation>은닉층은 직선 하나로 나눌 수 없는 게이트(xor, xnor)에만 있습니다. {gate}에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page &apos;hidden&apos; needs &apos;hidden&apos;: true</source>
        <translation>&apos;hidden&apos; 페이지에는 &apos;hidden&apos;: true가 필요합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;step&apos; is {step}, but this run has only {visits} sample visits</source>
        <translation>&apos;step&apos;이 {step}이지만 이 실행의 샘플 방문은 {visits}번뿐입니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/experiments_panel.py" line="-334"/>
        <location filename="../../explorer/ui/labs/perceptron/settings.py" line="+16"/>
        <source>&apos;{key}&apos; must be a number from {low} to {high}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {low}에서 {high} 사이의 수여야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/settings.py" line="+9"/>
        <source>&apos;{key}&apos; must be an integer from {low} to {high}, not {value}</source>
        <translation>&apos;{key}&apos;은(는) {value}이(가) 아니라 {low}에서 {high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/data_settings.py" line="-132"/>
        <source>unknown data set {name}; choose one of {choices}</source>
        <translation>알 수 없는 데이터셋 {name}. 다음 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;seed&apos; must be an integer ≥ 0, not {value}</source>
        <translation>&apos;seed&apos;는 {value}이(가) 아니라 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;standardize&apos; must be true or false</source>
        <translation>&apos;standardize&apos;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;points&apos; must be a list of at most {most} [x, y, class] triples</source>
        <translation>&apos;points&apos;는 [x, y, class] 세 값 묶음을 최대 {most}개 담은 리스트여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>point {number} must be [x, y, class] with a class 0–{most}, not {value}</source>
        <translation>점 {number}은(는) {value}이(가) 아니라 클래스가 0–{most}인 [x, y, class]여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be text</source>
        <translation>{key}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;csv_task&apos; must be one of {choices}</source>
        <translation>&apos;csv_task&apos;는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a CSV data set needs &apos;csv_path&apos;</source>
        <translation>CSV 데이터셋에는 &apos;csv_path&apos;가 필요합니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{key} must be a number {low}–{high}, not {value}</source>
        <translation>{key}은(는) {value}이(가) 아니라 {low}–{high} 사이의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_state.py" line="+67"/>
        <source>unsupported version {value}</source>
        <translation>지원하지 않는 버전 {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown preset {name}</source>
        <translation>알 수 없는 프리셋 {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;view&apos; must be one of {choices}</source>
        <translation>&apos;view&apos;는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;curves&apos; must be an object with log_y and smoothing</source>
        <translation>&apos;curves&apos;는 log_y와 smoothing을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>curves &apos;log_y&apos; must be true or false</source>
        <translation>curves의 &apos;log_y&apos;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>curves &apos;smoothing&apos; must be a number 0–0.99</source>
        <translation>curves의 &apos;smoothing&apos;은 0–0.99 사이의 수여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}, data: {problem}</source>
        <translation>{where}, 데이터: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}, run</source>
        <translation>{where}, 학습 기록</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}, comparison run</source>
        <translation>{where}, 옵티마이저 비교 기록</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_form.py" line="-37"/>
        <source>seed must be at most {most}</source>
        <translation>seed는 최대 {most}여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>span must be at most {most}</source>
        <translation>span은 최대 {most}여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alpha must lie within ±{most}</source>
        <translation>alpha는 ±{most} 범위 안에 있어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max_samples must be at most {most}</source>
        <translation>max_samples는 최대 {most}여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_view.py" line="-235"/>
        <source>the settings must be an object</source>
        <translation>설정은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/compare/lineup.py" line="+81"/>
        <source>a racer needs an &apos;optimizer&apos; name and &apos;hyper&apos; parameters</source>
        <translation>경주자에는 &apos;optimizer&apos; 이름과 &apos;hyper&apos; 하이퍼파라미터가 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a racer Keras cannot build: {reason}</source>
        <translation>Keras가 만들 수 없는 경주자: {reason}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&apos;enabled&apos; must be true or false</source>
        <translation>&apos;enabled&apos;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;racers&apos; must list {low}–{high} optimizers</source>
        <translation>&apos;racers&apos;에는 옵티마이저가 {low}–{high}개 있어야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;goal&apos; must be an object with a key ({choices}) and a number value</source>
        <translation>&apos;goal&apos;은 key({choices})와 숫자 value를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../explorer/core/nn/compare/record.py" line="+175"/>
        <source>{where}, racer {number}</source>
        <translation>{where}, 경주자 {number}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/basin_view.py" line="-291"/>
        <source>&apos;racers&apos; must be a list of {count} racer numbers (-1: none)</source>
        <translation>&apos;racers&apos;는 주자 번호 {count}개의 목록이어야 합니다 (-1: 없음)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/sweep_view.py" line="+61"/>
        <source>&apos;param&apos; must be a numeric hyper-parameter of racer {racer}&apos;s optimizer or null, not {value}</source>
        <translation>&apos;param&apos;은 {racer}번 주자 옵티마이저의 숫자 하이퍼파라미터이거나 null이어야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/optim/race_setup.py" line="-150"/>
        <source>optimizer lab</source>
        <translation>옵티마이저 실험실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown surface {name}</source>
        <translation>알 수 없는 곡면 {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>view must be one of {choices}</source>
        <translation>view는 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>custom formula: {error}</source>
        <translation>사용자 수식: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;start&apos; must be a list of {count} finite numbers</source>
        <translation>&apos;start&apos;는 유한한 수 {count}개의 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>start_grid must be 1–{most}</source>
        <translation>start_grid는 1–{most} 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise_sigma must be between 0 and 1e6</source>
        <translation>noise_sigma는 0에서 1e6 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch_size must be 1–10000</source>
        <translation>batch_size는 1–10000 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_steps must be 1–100000</source>
        <translation>max_steps는 1–100000 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed must be 1–500 steps per second</source>
        <translation>speed는 초당 1–500 스텝이어야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>steps_taken must be 0–max_steps</source>
        <translation>steps_taken은 0–max_steps 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed must be 0–4294967295</source>
        <translation>seed는 0–4294967295 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>joined_at must be between {low} (the racer before) and steps_taken ({high})</source>
        <translation>joined_at은 {low}(앞 주자)에서 steps_taken({high}) 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optimizer lab, racer {number}</source>
        <translation>옵티마이저 실험실, 주자 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown optimizer {name}</source>
        <translation>알 수 없는 옵티마이저 {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colour must look like #RRGGBB, not {value}</source>
        <translation>색은 #RRGGBB 꼴이어야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined_at must be a whole number of steps</source>
        <translation>joined_at은 스텝 수(정수)여야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;schedule&apos; must be an object with a name and params</source>
        <translation>&apos;schedule&apos;은 name과 params가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}, schedule</source>
        <translation>{where}, 스케줄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;params&apos; must be an object</source>
        <translation>&apos;params&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/run_record.py" line="+169"/>
        <source>the stored run does not fit the model (its epochs, weights or history are missing or have the wrong shape)</source>
        <translation>저장된 학습 기록이 모델과 맞지 않습니다 (에포크, 가중치, history가 없거나 모양이 다릅니다)</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/compare/record.py" line="+41"/>
        <source>the stored comparison does not fit the model and the line-up (its epochs, weights or histories are missing or have the wrong shape)</source>
        <translation>저장된 비교 기록이 모델과 비교할 옵티마이저 목록에 맞지 않습니다 (에포크, 가중치, history가 없거나 모양이 다릅니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stored comparison has {count} racers but the line-up has {expected}</source>
        <translation>저장된 비교 기록에는 옵티마이저가 {count}개 있지만 비교할 옵티마이저 목록에는 {expected}개가 있습니다</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../explorer/ui/widgets/schedule_form.py" line="+88"/>
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keras.optimizers.schedules: the learning rate as a function of the step</source>
        <translation>keras.optimizers.schedules: 스텝에 따라 바뀌는 학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant (no schedule)</source>
        <translation>고정 (스케줄 없음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>η(t): the learning rate at each step; the dot is the rate of the next step</source>
        <translation>η(t): 스텝마다의 학습률. 점은 다음 스텝의 학습률입니다</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <location filename="../../explorer/core/optim/schedules.py" line="+163"/>
        <source>Steps over which the rate decays (Keras requires it; 100 here).</source>
        <translation>학습률이 감쇠하는 스텝 수 (Keras 필수값; 여기서는 100).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much the rate shrinks every decay_steps (Keras requires it; 0.5 here).</source>
        <translation>decay_steps마다 학습률이 줄어드는 비율 (Keras 필수값; 여기서는 0.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay in whole steps of decay_steps instead of smoothly.</source>
        <translation>매끄럽게 대신 decay_steps 단위로 계단식으로 감쇠합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest rate, as a fraction of the starting rate.</source>
        <translation>가장 낮은 학습률, 처음 학습률에 대한 비율.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Multiplies the rate by decay_rate every decay_steps steps.</source>
        <translation>decay_steps 스텝마다 학습률에 decay_rate를 곱합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrinks the rate like 1/t: fast at first, then slowly.</source>
        <translation>학습률을 1/t처럼 줄입니다: 처음엔 빠르게, 나중엔 천천히.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps at which the rate changes (Keras requires them; 100, 200 here).</source>
        <translation>학습률이 바뀌는 스텝들 (Keras 필수값; 여기서는 100, 200).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate in each interval, one more than boundaries (default η, η/10, η/100 …).</source>
        <translation>각 구간의 학습률, boundaries보다 하나 많음 (기본값 η, η/10, η/100 …).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the rate constant and drops it at the given steps.</source>
        <translation>학습률을 일정하게 두다가 정해진 스텝에서 떨어뜨립니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate reached after decay_steps.</source>
        <translation>decay_steps 후에 도달하는 학습률.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape of the decay: 1 is a straight line.</source>
        <translation>감쇠 곡선의 모양: 1이면 직선.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again (over a longer span) after decay_steps.</source>
        <translation>decay_steps 후에 (더 긴 구간으로) 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes from η₀ to end_learning_rate along a polynomial.</source>
        <translation>η₀에서 end_learning_rate까지 다항식을 따라 내려갑니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If set: rise linearly from η₀ to this rate first, then decay it.</source>
        <translation>설정하면: 먼저 η₀에서 이 학습률까지 선형으로 올린 뒤 감쇠합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the linear warm-up.</source>
        <translation>선형 웜업의 길이.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows half a cosine down to α·η₀, after an optional warm-up.</source>
        <translation>선택적인 웜업 뒤에 코사인 반주기를 따라 α·η₀까지 내려갑니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length of the first cosine period (Keras requires it; 100 here).</source>
        <translation>첫 코사인 주기의 길이 (Keras 필수값; 여기서는 100).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each period is t_mul times as long as the one before.</source>
        <translation>각 주기는 이전 주기의 t_mul배 길이입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each restart starts from m_mul times the previous peak.</source>
        <translation>다시 시작할 때마다 이전 최고점의 m_mul배에서 출발합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cosine decay that restarts, each period longer (warm restarts).</source>
        <translation>다시 시작하는 코사인 감쇠, 주기가 점점 길어집니다 (웜 리스타트).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/lab.py" line="-177"/>
        <source>play / pause the race</source>
        <translation>경주 재생 / 일시 정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one step of every racer</source>
        <translation>모든 주자가 한 스텝 진행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset the racers to the start</source>
        <translation>주자를 시작점으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/lab.py" line="-308"/>
        <source>learn: play / pause</source>
        <translation>학습: 재생 / 일시정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learn: one sample</source>
        <translation>학습: 샘플 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learn: one epoch</source>
        <translation>학습: 에포크 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learn: to the end (converged or the epoch limit)</source>
        <translation>학습: 끝까지 (수렴 또는 에포크 한도)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset to the start weights</source>
        <translation>시작 가중치로 되돌리기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new random start weights (next seed)</source>
        <translation>새 무작위 시작 가중치 (다음 시드)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="+68"/>
        <source>train / pause (resume keeps the weights)</source>
        <translation>학습 / 일시정지 (재개하면 가중치 유지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train one batch</source>
        <translation>배치 하나 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train one epoch</source>
        <translation>에포크 하나 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset: fresh weights from the seed</source>
        <translation>초기화: 시드로 새 가중치</translation>
    </message>
</context>
<context>
    <name>SliceMap</name>
    <message>
        <location filename="../../explorer/ui/labs/training/landscape_plots.py" line="-128"/>
        <source>No landscape yet: train a model, then press Compute</source>
        <translation>아직 지형이 없습니다: 모델을 학습시킨 뒤 계산을 누르세요</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>training path</source>
        <translation>학습 경로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current weights θ*</source>
        <translation>현재 가중치 θ*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest point</source>
        <translation>가장 낮은 점</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loss L (training split)</source>
        <translation>손실 L (훈련 데이터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss L (test split)</source>
        <translation>손실 L (테스트 데이터)</translation>
    </message>
</context>
<context>
    <name>SoftmaxPage</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/softmax_page.py" line="-199"/>
        <source>Number of classes k (logits)</source>
        <translation>클래스 수 k (로짓 개수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classes k</source>
        <translation>클래스 수 k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logit z{index}: the raw score of class {number} (before softmax)</source>
        <translation>로짓 z{index}: 클래스 {number}의 가공 전 점수 (softmax 이전)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature T divides the logits: T → 0 picks the largest (one-hot), T → ∞ makes every class equally likely</source>
        <translation>온도 T로 로짓을 나눕니다: T → 0이면 가장 큰 것만 고르고(원-핫), T → ∞이면 모든 클래스의 확률이 같아집니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jacobian</source>
        <translation>야코비안</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every column sums to 0: raising one logit takes probability from the others.</source>
        <translation>각 열의 합은 0입니다: 로짓 하나를 올리면 다른 클래스의 확률을 가져옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row i, column j: ∂pᵢ/∂zⱼ at the current logits</source>
        <translation>i행 j열: 현재 로짓에서의 ∂pᵢ/∂zⱼ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logits z</source>
        <translation>로짓 z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jacobian ∂pᵢ/∂zⱼ</source>
        <translation>야코비안 ∂pᵢ/∂zⱼ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logits z (raw scores)</source>
        <translation>로짓 z (가공 전 점수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probabilities p = softmax(z / T)</source>
        <translation>확률 p = softmax(z / T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>class {number}</source>
        <translation>클래스 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the same number to every logit changes nothing.</source>
        <translation>모든 로짓에 같은 수를 더해도 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T = {temperature}: the largest probability is &lt;b&gt;{largest}&lt;/b&gt; (class {number}); Σp = {total}; entropy {entropy} of at most {most} bits. {same}</source>
        <translation>T = {temperature}: 가장 큰 확률은 &lt;b&gt;{largest}&lt;/b&gt; (클래스 {number}); Σp = {total}; 엔트로피 {entropy}비트 (최대 {most}비트). {same}</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <location filename="../../explorer/ui/labs/training/model_panel.py" line="-182"/>
        <source>Layer (type)</source>
        <translation>층 (종류)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Param #</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Keras&apos;s model.summary() prints. A Dense layer has one weight per input per unit plus one bias per unit: (inputs + 1) × units.</source>
        <translation>Keras의 model.summary()가 출력하는 내용. Dense 층에는 입력과 유닛마다 가중치 하나, 유닛마다 편향 하나가 있습니다: (입력 + 1) × 유닛.</translation>
    </message>
</context>
<context>
    <name>SurfaceView2D</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/views.py" line="+16"/>
        <source>x  (parameter 1)</source>
        <translation>x  (매개변수 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y  (parameter 2)</source>
        <translation>y  (매개변수 2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loss L</source>
        <translation>손실 L</translation>
    </message>
</context>
<context>
    <name>SurfaceView3D</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/view3d.py" line="+80"/>
        <source>The 3-D view needs OpenGL, which this display does not offer (the other views work as usual).</source>
        <translation>3-D 화면에는 OpenGL이 필요한데 이 디스플레이에서는 쓸 수 없습니다 (다른 화면은 그대로 쓸 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>Surfaces</name>
    <message>
        <location filename="../../explorer/core/surfaces/catalogue.py" line="+78"/>
        <source>Quartic (1-D): a local and a global minimum</source>
        <translation>4차 함수 (1-D): 지역 최솟값과 전역 최솟값</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gradient descent from the left settles in the local minimum near −4.3; momentum or Adam can carry it over the hump to the global one near 6.3.</source>
        <translation>왼쪽에서 출발한 경사하강법은 −4.3 근처의 지역 최솟값에 머뭅니다. 모멘텀이나 Adam은 언덕을 넘어 6.3 근처의 전역 최솟값까지 갈 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gradient vanishes at the origin, but it is no minimum: starting just off the x-axis, optimizers slow down near the saddle and then escape along y.</source>
        <translation>원점에서 기울기가 0이 되지만 최솟값은 아닙니다. x축에서 살짝 벗어나 출발한 옵티마이저는 안장점 근처에서 느려졌다가 y 방향으로 빠져나갑니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monkey saddle</source>
        <translation>원숭이 안장</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A flatter saddle with three valleys: the gradient near the origin is tiny in every direction, so plain gradient descent lingers there.</source>
        <translation>골짜기가 셋인 더 평평한 안장: 원점 근처에서는 어느 방향으로도 기울기가 아주 작아 기본 경사하강법이 그곳에 오래 머뭅니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Elongated bowl</source>
        <translation>길쭉한 그릇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ten times steeper along y than along x: gradient descent zig-zags across the valley; momentum and adaptive methods go straight down it.</source>
        <translation>y 방향이 x 방향보다 10배 가파릅니다. 경사하강법은 골짜기를 가로질러 지그재그로 움직이고, 모멘텀과 적응형 방법은 골짜기를 따라 곧장 내려갑니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>Rosenbrock 바나나 골짜기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finding the curved valley is easy; following its nearly flat floor to (1, 1) is slow for gradient descent.</source>
        <translation>휘어진 골짜기를 찾기는 쉽지만, 거의 평평한 바닥을 따라 (1, 1)까지 가는 것은 경사하강법에게 느립니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beale function</source>
        <translation>Beale 함수</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steep walls and flat shelves around a narrow valley ending at (3, 0.5).</source>
        <translation>(3, 0.5)에서 끝나는 좁은 골짜기를 가파른 벽과 평평한 선반이 둘러쌉니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Booth function</source>
        <translation>Booth 함수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tilted quadratic bowl: curvature 9 times larger along one diagonal.</source>
        <translation>기울어진 2차 그릇: 한 대각선 방향의 곡률이 9배 큽니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Himmelblau function: four equal minima</source>
        <translation>Himmelblau 함수: 깊이가 같은 최솟값 넷</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Four minima of equal depth: which one you reach depends on the start.</source>
        <translation>깊이가 같은 최솟값 넷: 어느 것에 닿을지는 시작점에 달려 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rastrigin function: an egg-crate of local minima</source>
        <translation>Rastrigin 함수: 달걀판 같은 지역 최솟값들</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A bowl covered in ripples: a local minimum next to every integer point. Gradient methods get stuck in the nearest one.</source>
        <translation>잔물결로 덮인 그릇: 정수 격자점마다 옆에 지역 최솟값이 있습니다. 기울기 기반 방법은 가장 가까운 곳에 갇힙니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ackley function</source>
        <translation>Ackley 함수</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A nearly flat, rippled plain with a sharp funnel at the origin; the funnel&apos;s tip is a kink where the gradient jumps.</source>
        <translation>원점에 뾰족한 깔때기가 있는, 거의 평평하고 잔물결 진 평원. 깔때기 끝은 기울기가 갑자기 바뀌는 꺾인 점입니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Six-hump camel function</source>
        <translation>여섯 혹 낙타 함수</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Two global minima, four local ones and saddles in between.</source>
        <translation>전역 최솟값 둘, 지역 최솟값 넷, 그 사이의 안장점들.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Styblinski–Tang function</source>
        <translation>Styblinski–Tang 함수</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Four minima of different depth; the deepest is at (−2.90, −2.90), the start is above the shallowest.</source>
        <translation>깊이가 다른 최솟값 넷. 가장 깊은 것은 (−2.90, −2.90)에 있고, 시작점은 가장 얕은 것 위에 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goldstein–Price function</source>
        <translation>Goldstein–Price 함수</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Values span six orders of magnitude (see the log colour scale); the global minimum L(0, −1) = 3 hides among local ones.</source>
        <translation>값의 범위가 10⁶배에 이릅니다(로그 색 눈금 참고). 전역 최솟값 L(0, −1) = 3이 지역 최솟값들 사이에 숨어 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two wells of different depth</source>
        <translation>깊이가 다른 두 우물</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A wide bowl with a deep well and a shallow one: where you end up depends on the start and on how much momentum carries you over the ridge.</source>
        <translation>깊은 우물과 얕은 우물이 있는 넓은 그릇: 어디에 도착할지는 시작점과, 모멘텀이 능선을 얼마나 넘겨 주는지에 달려 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plateau: a well in a flat plain</source>
        <translation>고원: 평평한 들판 속 우물</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Far from the well the gradient is almost zero: gradient descent barely moves, while Adam rescales the tiny gradient and walks straight in.</source>
        <translation>우물에서 멀면 기울기가 거의 0입니다. 경사하강법은 거의 움직이지 못하지만, Adam은 작은 기울기의 크기를 다시 맞춰 곧장 걸어 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/surfaces/custom.py" line="+23"/>
        <source>Custom: {formula}</source>
        <translation>직접 입력: {formula}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A surface typed by you; its gradient is derived symbolically.</source>
        <translation>직접 입력한 곡면. 기울기는 기호 미분으로 구합니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/surfaces/regression.py" line="+66"/>
        <source>Linear regression: mean squared error of the line y = w·x + b</source>
        <translation>선형 회귀: 직선 y = w·x + b의 평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../../explorer/core/surfaces/surface.py" line="+157"/>
        <source>global minimum</source>
        <translation>전역 최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local minimum</source>
        <translation>지역 최솟값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hump</source>
        <translation>언덕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum</source>
        <translation>최댓값</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../explorer/ui/labs/optimizer/sweep_view.py" line="-5"/>
        <source>still running</source>
        <translation>아직 진행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escaped (unbounded below)</source>
        <translation>탈출 (아래로 한없이 내려감)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undefined (no real value)</source>
        <translation>정의되지 않음 (실숫값 없음)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Racer</source>
        <translation>주자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second axis</source>
        <translation>두 번째 축</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>to</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>values</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Learning rate from</source>
        <translation>학습률 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The racer whose optimizer is swept; a click on the map gives it that setting</source>
        <translation>옵티마이저를 훑어볼 주자. 지도를 클릭하면 그 설정이 이 주자에게 적용됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hyper-parameter along the vertical axis; none: the learning-rate range test (final loss against the learning rate, one curve per racer)</source>
        <translation>세로축의 하이퍼파라미터. 없음: 학습률 범위 테스트 (학습률에 따른 최종 손실, 주자마다 곡선 하나)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>none (range test)</source>
        <translation>없음 (범위 테스트)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>lowest learning rate</source>
        <translation>가장 작은 학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest learning rate</source>
        <translation>가장 큰 학습률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowest value</source>
        <translation>가장 작은 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest value</source>
        <translation>가장 큰 값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rates (columns of the map)</source>
        <translation>학습률 개수 (지도의 열)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of the second axis (rows of the map)</source>
        <translation>두 번째 축의 값 개수 (지도의 행)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest learning rate (the axis is logarithmic)</source>
        <translation>가장 작은 학습률 (축은 로그 눈금)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest learning rate</source>
        <translation>가장 큰 학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final loss</source>
        <translation>최종 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steps to converge</source>
        <translation>수렴까지 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged?</source>
        <translation>발산 여부</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour by log₁₀ of the final loss above the lowest minimum, by the steps needed to converge, or only by whether the run converged, diverged or is still running</source>
        <translation>가장 낮은 최솟값보다 높은 최종 손실의 log₁₀, 수렴에 필요한 스텝 수, 또는 수렴·발산·진행 중 여부만으로 색칠합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover: the cell&apos;s numbers. Click: give the racer this setting and replay the race</source>
        <translation>마우스를 올리면 칸의 수치를 보여 줍니다. 클릭하면 주자에게 이 설정을 주고 경주를 다시 재생합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover: each racer&apos;s numbers. Click: give the racer this learning rate and replay the race</source>
        <translation>마우스를 올리면 각 주자의 수치를 보여 줍니다. 클릭하면 주자에게 이 학습률을 주고 경주를 다시 재생합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hyper-parameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyper-parameter map: which learning rates (and momenta, β&apos;s, …) converge from the start, and how fast</source>
        <translation>하이퍼파라미터 지도: 시작점에서 어떤 학습률(과 모멘텀, β 등)이 수렴하는지, 얼마나 빨리 수렴하는지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Lowest value of the second axis</source>
        <translation>두 번째 축의 가장 작은 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest value of the second axis</source>
        <translation>두 번째 축의 가장 큰 값</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>add a racer first</source>
        <translation>먼저 주자를 추가하세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing the hyper-parameter map of {name}…</source>
        <translation>{name}의 하이퍼파라미터 지도를 계산하는 중…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No stability limit: theory needs a minimum with positive curvature near the start.</source>
        <translation>안정성 한계 없음: 이론에는 시작점 근처에 곡률이 양수인 최솟값이 필요합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashed lines: theory&apos;s stability limits at the minimum {point} (λmax = {lam}, the Hessian&apos;s largest eigenvalue). Gradient descent converges for η &lt; 2/λmax = {gd}; heavy-ball momentum μ for η &lt; 2(1+μ)/λmax. Adaptive optimizers have no such simple line.</source>
        <translation>점선: 최솟값 {point}에서 이론이 주는 안정성 한계 (λmax = {lam}, 헤세 행렬의 가장 큰 고윳값). 경사 하강법은 η &lt; 2/λmax = {gd}일 때, 모멘텀 μ의 헤비볼 방법은 η &lt; 2(1+μ)/λmax일 때 수렴합니다. 적응형 옵티마이저에는 이런 간단한 선이 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{setting}: final loss {loss}, {steps} steps, {status}</source>
        <translation>{setting}: 최종 손실 {loss}, {steps} 스텝, {status}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot use this setting: {error}</source>
        <translation>이 설정은 쓸 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../explorer/core/nn/history.py" line="+75"/>
        <source>The loss became {what} at epoch {epoch}, batch {batch}: the learning rate {lr} is too large for this model and data. Training stopped and the last good weights were restored; lower the learning rate (try {lower}) and train again.</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {what}가 되었습니다: 학습률 {lr}은(는) 이 모델과 데이터에 너무 큽니다. 학습을 멈추고 마지막 정상 가중치로 되돌렸습니다. 학습률을 낮춰(예: {lower}) 다시 학습하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss is exploding (×{times} since epoch 1, over the ×{limit} limit): the learning rate is probably too high. Lower it (pause, or Reset) and train again.</source>
        <translation>손실이 폭발하고 있습니다 (에포크 1 이후 ×{times}, 한계 ×{limit} 초과): 학습률이 너무 높은 것 같습니다. 학습률을 낮추고(일시정지 또는 초기화) 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/nn/training.py" line="-250"/>
        <source>finished {epochs} epochs</source>
        <translation>{epochs} 에포크 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {epochs} epochs</source>
        <translation>{epochs} 에포크 후 중지</translation>
    </message>
</context>
<context>
    <name>TrainingLab</name>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="-29"/>
        <source>Export the last training run, replayed epoch by epoch from what it recorded (not retrained), as a GIF or MP4 animation (Ctrl+Shift+E)</source>
        <translation>마지막 학습을 기록해 둔 그대로 에포크마다 다시 재생해(다시 학습하지 않음) GIF 또는 MP4 애니메이션으로 내보냅니다 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no points yet: click the Boundary plot to add points of the chosen class</source>
        <translation>아직 점이 없습니다: 결정 경계 그래프를 클릭해 선택한 클래스의 점을 추가하세요</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The model cannot be built: {error}</source>
        <translation>모델을 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: press Train (Space). The first run loads TensorFlow.</source>
        <translation>준비 완료: 학습(Space)을 누르세요. 첫 학습 때 TensorFlow를 불러옵니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: press Train (Space).</source>
        <translation>준비 완료: 학습(Space)을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_layout.py" line="+279"/>
        <source>choose valid data first</source>
        <translation>먼저 올바른 데이터를 고르세요</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Input: {n} features ({data})</source>
        <translation>입력: 특성 {n}개 ({data})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output: Dense({units}, {activation}) · loss {loss} · metrics {metrics}</source>
        <translation>출력: Dense({units}, {activation}) · 손실 {loss} · 지표 {metrics}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="+35"/>
        <source>Stop the training to edit the points.</source>
        <translation>점을 편집하려면 학습을 멈추세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_run.py" line="+148"/>
        <source>Learning rate {lr}: applied before the next batch, with the same weights.</source>
        <translation>학습률 {lr}: 같은 가중치로 다음 배치부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning rate {lr}: Train continues with the same weights.</source>
        <translation>학습률 {lr}: 학습을 누르면 같은 가중치로 이어서 학습합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{epochs} epochs planned: Train continues from epoch {epoch}.</source>
        <translation>{epochs} 에포크 계획: 학습을 누르면 에포크 {epoch}부터 이어서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_layout.py" line="-7"/>
        <source>{expectation}.</source>
        <translation>{expectation}.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Or set up data and model yourself.</source>
        <translation>또는 데이터와 모델을 직접 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="+31"/>
        <source>Preset {title}: {error}</source>
        <translation>예제 {title}: {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_exports.py" line="+64"/>
        <source>View and curves</source>
        <translation>화면과 학습 곡선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view alone</source>
        <translation>화면만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The curves alone</source>
        <translation>학습 곡선만</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>epoch {epoch}</source>
        <translation>에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_run.py" line="-88"/>
        <source>Choose data and a valid model first.</source>
        <translation>먼저 데이터와 올바른 모델을 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All {epochs} epochs are done: raise Epochs to train on, or Reset to start over.</source>
        <translation>{epochs} 에포크를 모두 마쳤습니다: 더 학습하려면 에포크를 늘리고, 처음부터 하려면 초기화하세요.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_render.py" line="+1"/>
        <location filename="../../explorer/ui/labs/training/lab_run.py" line="+7"/>
        <source>Loading TensorFlow… (the first time takes a few seconds)</source>
        <translation>TensorFlow를 불러오는 중… (처음에는 몇 초 걸립니다)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_run.py" line="+2"/>
        <location line="+9"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused: the weights stay; you can change the learning rate, step, resume or stop.</source>
        <translation>일시정지: 가중치는 그대로입니다. 학습률을 바꾸거나, 한 단계씩 진행하거나, 재개 또는 중지할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab.py" line="+58"/>
        <source>Reset: the next run starts from fresh weights (seed {seed}).</source>
        <translation>초기화: 다음 학습은 새 가중치로 시작합니다 (시드 {seed}).</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_run.py" line="+97"/>
        <source>{result} at {rate} samples/s.</source>
        <translation>{result} (초당 {rate} 샘플).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{result}.</source>
        <translation>{result}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/labs/training/lab_layout.py" line="-129"/>
        <source>— pick a course example —</source>
        <translation>— 강의 예제 고르기 —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill the data and the model form with an example from the course</source>
        <translation>강의 예제로 데이터와 모델 설정을 채웁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course preset</source>
        <translation>강의 예제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network learns from</source>
        <translation>신경망이 학습할 데이터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keras.Sequential: layers, loss, optimizer, fit</source>
        <translation>keras.Sequential: 층, 손실 함수, 옵티마이저, 학습(fit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare optimizers: the same model and batches, one optimizer each</source>
        <translation>옵티마이저 비교: 같은 모델과 배치, 옵티마이저만 하나씩 다르게</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2-D data: the decision boundary and the neurons</source>
        <translation>2차원 데이터: 결정 경계와 뉴런</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted versus target, and the residuals</source>
        <translation>예측 대 목표, 그리고 잔차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix and misclassified samples</source>
        <translation>혼동 행렬과 잘못 분류된 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every layer&apos;s weights and biases</source>
        <translation>모든 층의 가중치와 편향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss around the trained weights</source>
        <translation>학습된 가중치 주변의 손실</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Digits</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>손실 지형</translation>
    </message>
</context>
<context>
    <name>TrainingScores</name>
    <message>
        <location filename="../../explorer/ui/labs/training/common.py" line="+188"/>
        <source>accuracy {percent} %</source>
        <translation>정확도 {percent} %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test (after epoch {epoch})</source>
        <translation>테스트 (에포크 {epoch} 이후)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished, {epochs} epochs</source>
        <translation>완료, {epochs} 에포크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After epoch {epochs}</source>
        <translation>에포크 {epochs} 이후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}: {splits}</source>
        <translation>{done}: {splits}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../explorer/ui/labs/training/transport.py" line="+84"/>
        <location line="+61"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Start training, or resume after a pause (Space)</source>
        <translation>학습을 시작하거나, 일시정지 후 재개합니다 (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between two batches; the weights stay and the learning rate can be changed (Space)</source>
        <translation>배치와 배치 사이에서 멈춥니다. 가중치는 그대로이고 학습률을 바꿀 수 있습니다 (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this run now (within one batch); Train continues from the same weights</source>
        <translation>이번 학습을 지금 끝냅니다 (배치 하나 안에). 학습을 누르면 같은 가중치로 이어집니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the training: fresh weights from the seed, empty curves (R)</source>
        <translation>학습을 지웁니다: 시드로 새 가중치, 빈 곡선 (R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one batch, then pause (→)</source>
        <translation>배치 하나를 학습하고 멈춥니다 (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train to the end of the epoch, then pause (Shift+→)</source>
        <translation>에포크 끝까지 학습하고 멈춥니다 (Shift+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or load the model, export the history</source>
        <translation>모델을 저장하거나 불러오고, history를 내보냅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trained model as a .keras file (keras.saving format; stop the training first)</source>
        <translation>학습된 모델을 .keras 파일로 저장합니다 (keras.saving 형식; 먼저 학습을 멈추세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load model…</source>
        <translation>모델 불러오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the weights of a .keras model with the same layers</source>
        <translation>층 구성이 같은 .keras 모델의 가중치를 불러옵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History CSV…</source>
        <translation>history를 CSV로…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the per-epoch history (loss, metrics, validation) as CSV</source>
        <translation>에포크별 history(손실, 지표, 검증)를 CSV로 내보냅니다</translation>
    </message>
</context>
<context>
    <name>VanishingPage</name>
    <message>
        <location filename="../../explorer/ui/labs/gallery/vanishing_page.py" line="-15"/>
        <source>Backpropagation through n layers multiplies the local derivatives: ∂L/∂z₁ = ∂L/∂zₙ · f′(zₙ)·…·f′(z₁). Weights are set to 1 here so only the activation&apos;s share shows; each path draws its pre-activations zₗ from the chosen distribution (seeded, so every activation sees the same inputs).

σ′ ≤ 0.25, so sigmoid&apos;s product shrinks at least like 0.25ⁿ. tanh′ ≤ 1 but drops fast away from 0. ReLU′ is exactly 1 or 0: a path passes the gradient unchanged or is cut (&apos;dead&apos;); μ &gt; 0 keeps paths alive. The mean of a ReLU product is the share of paths still alive (½ⁿ for μ = 0); in a real network He initialisation (weights × √2) makes up for the half that are cut.</source>
        <translation>n개 층을 거치는 역전파는 각 층의 도함수를 곱합니다: ∂L/∂z₁ = ∂L/∂zₙ · f′(zₙ)·…·f′(z₁). 여기서는 가중치를 1로 두어 활성화 함수의 몫만 보이게 했습니다. 각 경로는 활성화 함수의 입력 zₗ을 선택한 분포에서 뽑습니다 (시드를 고정하므로 모든 활성화 함수가 같은 입력을 받습니다).

σ′ ≤ 0.25이므로 시그모이드의 곱은 적어도 0.25ⁿ만큼 줄어듭니다. tanh′ ≤ 1이지만 0에서 멀어지면 빠르게 작아집니다. ReLU′는 정확히 1 또는 0입니다: 경로는 기울기를 그대로 전달하거나 끊깁니다(&apos;죽은&apos; 경로). μ &gt; 0이면 경로가 살아 있습니다. ReLU 곱의 평균은 아직 살아 있는 경로의 비율입니다 (μ = 0이면 ½ⁿ). 실제 신경망에서는 He 초기화(가중치 × √2)가 끊기는 절반을 보충합니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Each panel is a deep network of n layers with one activation. This sets the activation of the first panel&apos;s network; the other panels stay sigmoid, tanh and ReLU, for comparison.</source>
        <translation>각 그래프는 활성화 함수 하나를 쓰는 n층 심층 신경망입니다. 여기서 첫 번째 그래프의 활성화 함수를 정합니다. 나머지 그래프는 비교를 위해 sigmoid, tanh, ReLU로 고정됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activation of the deep network in this panel ↓</source>
        <translation>이 그래프의 심층 신경망에 쓸 활성화 함수 ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth n: how many layers the gradient passes</source>
        <translation>깊이 n: 기울기가 지나가는 층 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the pre-activations zₗ come from</source>
        <translation>활성화 함수의 입력 zₗ을 뽑는 분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre μ of the inputs zₗ</source>
        <translation>입력 zₗ의 중심 μ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread σ (standard deviation, or the half-width of the uniform)</source>
        <translation>퍼짐 σ (표준편차, 균등분포이면 폭의 절반)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many random paths (the median is over them)</source>
        <translation>무작위 경로의 수 (중앙값은 이 경로들에 대해 계산)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the random inputs: same seed, same figure</source>
        <translation>무작위 입력의 시드: 시드가 같으면 그림도 같습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth n</source>
        <translation>깊이 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs zₗ</source>
        <translation>입력 zₗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centre μ</source>
        <translation>중심 μ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spread σ</source>
        <translation>퍼짐 σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paths</source>
        <translation>경로 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you see</source>
        <translation>그래프 설명</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layers l</source>
        <translation>층 l</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>{function} (your choice ↑)</source>
        <translation>{function} (직접 선택 ↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{function} (fixed)</source>
        <translation>{function} (고정)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median {median}, mean {mean}, {dead} of paths exactly 0</source>
        <translation>중앙값 {median}, 평균 {mean}, 경로의 {dead}가 정확히 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fixed, for comparison: {functions}</source>
        <translation>비교용 고정: {functions}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thin lines: {shown} of the {paths} paths · thick: their median · black dashed: their mean · an exact 0 (a cut ReLU path) cannot be drawn on a log axis.&lt;br&gt;After n = {depth} layers: {results}</source>
        <translation>가는 선: 경로 {paths}개 중 {shown}개 · 굵은 선: 중앙값 · 검은 점선: 평균 · 정확히 0인 값(끊긴 ReLU 경로)은 로그 축에 그릴 수 없습니다.&lt;br&gt;n = {depth}개 층을 지난 뒤: {results}</translation>
    </message>
</context>
<context>
    <name>WeightSpacePlot</name>
    <message>
        <location filename="../../explorer/ui/labs/perceptron/plots.py" line="+299"/>
        <source>Green: every (w₁, w₂) that solves the gate with the current bias b.</source>
        <translation>초록: 현재 편향 b에서 게이트를 푸는 모든 (w₁, w₂).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight space</source>
        <translation>가중치 공간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight space: (w₁, w₂) that solve {gate} for b = {b}</source>
        <translation>가중치 공간: b = {b}일 때 {gate}를 푸는 (w₁, w₂)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>solves {gate}</source>
        <translation>{gate} 해결</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no (w₁, w₂, b) solves {gate}</source>
        <translation>{gate}를 푸는 (w₁, w₂, b)는 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>b = {b}: row (0, 0) gives y = {y} whatever w is</source>
        <translation>b = {b}: w가 무엇이든 행 (0, 0)은 y = {y}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no (w₁, w₂) in view solves {gate} with b = {b}</source>
        <translation>b = {b}에서 {gate}를 푸는 (w₁, w₂)가 보이는 범위에 없음</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../explorer/ui/labs/training/weights.py" line="+64"/>
        <source>Every weight and bias of the network; hover a cell for its value</source>
        <translation>신경망의 모든 가중치와 편향; 칸 위에 마우스를 올리면 값이 보입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each column is a Dense layer: the kernel W (rows: inputs, columns: units) above the bias b. Cividis on a scale symmetric around 0 for each layer (dark: negative, grey: 0, yellow: positive).</source>
        <translation>열 하나가 Dense 층 하나: 커널 W(행: 입력, 열: 유닛) 아래에 편향 b. 층마다 0을 중심으로 대칭인 범위의 cividis (어두움: 음수, 회색: 0, 노랑: 양수).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+54"/>
        <source>Hover a cell to read its value.</source>
        <translation>칸 위에 마우스를 올리면 값이 보입니다.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+16"/>
        <source>Train to see the weights. Hover a cell to read its value.</source>
        <translation>학습시키면 가중치를 볼 수 있습니다. 칸 위에 마우스를 올리면 값이 보입니다.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>W[{row}, {column}] (input {row} → unit {column})</source>
        <translation>W[{row}, {column}] (입력 {row} → 유닛 {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b[{column}] (unit {column})</source>
        <translation>b[{column}] (유닛 {column})</translation>
    </message>
</context>
</TS>
