(() => {
	const root = document.documentElement;
	const apply = (theme) => {
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
		else delete root.dataset.theme;
	};
	const choosers = () => document.querySelectorAll('select[data-theme-choice]');
	const show = () => {
		for (const select of choosers()) select.value = root.dataset.theme ?? '';
	};
	try {
		apply(localStorage.theme);
	} catch {}
	root.dataset.scripts = '';
	if (/[?&](side|actor|kind|topic|government|from|to|q)=[^&]/.test(location.search)) root.dataset.query = '';
	document.addEventListener('DOMContentLoaded', () => {
		for (const select of choosers())
			select.addEventListener('change', () => {
				apply(select.value);
				show();
				try {
					if (select.value) localStorage.theme = select.value;
					else localStorage.removeItem('theme');
				} catch {}
			});
		show();
	});
	addEventListener('storage', (event) => {
		if (event.key === 'theme') {
			apply(event.newValue);
			show();
		}
	});
})();
